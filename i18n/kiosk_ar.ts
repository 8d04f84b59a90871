<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_MA" sourcelanguage="en_GB">
<context>
    <name>Kiosk</name>
    <message>
        <source>Interventional radiology</source>
        <translation>الأشعة التداخلية</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>مرحبًا بك</translation>
    </message>
    <message>
        <source>Please answer a few questions before your examination. It takes about 5 minutes.</source>
        <translation>من فضلك، أجب عن بعض الأسئلة قبل الفحص. يستغرق ذلك حوالي ⁦5⁩ دقائق.</translation>
    </message>
    <message>
        <source>Choose your language</source>
        <translation>اختر لغتك</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>ابدأ</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>التالي</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <source>Back to the review</source>
        <translation>العودة إلى إجاباتك</translation>
    </message>
    <message>
        <source>Skip the explanations</source>
        <translation>تخطّي الشرح</translation>
    </message>
    <message>
        <source>Step {current} of {total}</source>
        <translation>الخطوة {current} من {total}</translation>
    </message>
    <message>
        <source>Page {current} of {total}</source>
        <translation>الصفحة {current} من {total}</translation>
    </message>
    <message>
        <source>What is your last name?</source>
        <translation>ما اسم عائلتك؟</translation>
    </message>
    <message>
        <source>What is the last name of the person you accompany?</source>
        <translation>ما اسم عائلة الشخص الذي ترافقه؟</translation>
    </message>
    <message>
        <source>What is your first name?</source>
        <translation>ما اسمك الأول؟</translation>
    </message>
    <message>
        <source>What is the first name of the person you accompany?</source>
        <translation>ما الاسم الأول للشخص الذي ترافقه؟</translation>
    </message>
    <message>
        <source>Type it as on the identity card, with the keyboard below.</source>
        <translation>اكتبه بالحروف اللاتينية كما في بطاقة الهوية، بلوحة المفاتيح في الأسفل. الحروف العربية ممكنة أيضًا.</translation>
    </message>
    <message>
        <source>Please type the name.</source>
        <translation>من فضلك، اكتب الاسم.</translation>
    </message>
    <message numerus="yes">
        <source>This name is too long: at most %n letters.</source>
        <translation>
            <numerusform>هذا الاسم طويل جدًا: الحد الأقصى %n حرف.</numerusform>
            <numerusform>هذا الاسم طويل جدًا: الحد الأقصى حرف واحد.</numerusform>
            <numerusform>هذا الاسم طويل جدًا: الحد الأقصى حرفان.</numerusform>
            <numerusform>هذا الاسم طويل جدًا: الحد الأقصى %n أحرف.</numerusform>
            <numerusform>هذا الاسم طويل جدًا: الحد الأقصى %n حرفًا.</numerusform>
            <numerusform>هذا الاسم طويل جدًا: الحد الأقصى %n حرف.</numerusform>
        </translation>
    </message>
    <message>
        <source>Please use only letters, spaces, hyphens and apostrophes.</source>
        <translation>من فضلك، استعمل الحروف والمسافات والشَّرطة (-) والفاصلة العليا (&apos;) فقط.</translation>
    </message>
    <message>
        <source>What is your date of birth?</source>
        <translation>ما تاريخ ميلادك؟</translation>
    </message>
    <message>
        <source>What is the date of birth of the person you accompany?</source>
        <translation>ما تاريخ ميلاد الشخص الذي ترافقه؟</translation>
    </message>
    <message>
        <source>Type the day, then the month, then the year. For example, 5 March 1948: 0 5 0 3 1 9 4 8.</source>
        <translation>اكتب اليوم، ثم الشهر، ثم السنة. مثلًا، لتاريخ ⁦5⁩ مارس ⁦1948⁩ اكتب: ⁦05⁩ ثم ⁦03⁩ ثم ⁦1948⁩.</translation>
    </message>
    <message>
        <source>To correct the day, the month or the year, tap it.</source>
        <translation>لتصحيح اليوم أو الشهر أو السنة، اضغط عليه.</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>الشهر</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>السنة</translation>
    </message>
    <message>
        <source>Please type the day (2 digits), the month (2 digits) and the year (4 digits).</source>
        <translation>من فضلك، اكتب اليوم (رقمان)، والشهر (رقمان)، والسنة (⁦4⁩ أرقام).</translation>
    </message>
    <message>
        <source>This date does not exist. Please check it.</source>
        <translation>هذا التاريخ غير موجود. من فضلك، تحقّق منه.</translation>
    </message>
    <message>
        <source>This date is in the future. Please check it.</source>
        <translation>هذا التاريخ في المستقبل. من فضلك، تحقّق منه.</translation>
    </message>
    <message>
        <source>Please check the year.</source>
        <translation>من فضلك، تحقّق من السنة.</translation>
    </message>
    <message>
        <source>Type the name with the keyboard.</source>
        <translation>اكتب الاسم بلوحة المفاتيح.</translation>
    </message>
    <message>
        <source>Please type only letters, numbers and punctuation.</source>
        <translation>من فضلك، اكتب حروفًا وأرقامًا وعلامات ترقيم فقط.</translation>
    </message>
    <message>
        <source>Type the number with the keys.</source>
        <translation>اكتب الرقم بالأزرار.</translation>
    </message>
    <message>
        <source>Please type a number from {low} to {high} {unit}.</source>
        <translation>من فضلك، اكتب رقمًا من {low} إلى {high} {unit}.</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>مسافة</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>مسح</translation>
    </message>
    <message>
        <source>Apostrophe</source>
        <translation>فاصلة عليا</translation>
    </message>
    <message>
        <source>Hyphen</source>
        <translation>شَرطة</translation>
    </message>
    <message>
        <source>Capital letter</source>
        <translation>حرف كبير</translation>
    </message>
    <message>
        <source>Other letters</source>
        <translation>حروف أخرى</translation>
    </message>
    <message>
        <source>Choose one answer.</source>
        <translation>اختر إجابة واحدة.</translation>
    </message>
    <message>
        <source>You can choose several answers.</source>
        <translation>يمكنك اختيار أكثر من إجابة.</translation>
    </message>
    <message>
        <source>You may skip this question.</source>
        <translation>يمكنك تخطّي هذا السؤال.</translation>
    </message>
    <message>
        <source>Please check your answers</source>
        <translation>من فضلك، تحقّق من إجاباتك</translation>
    </message>
    <message>
        <source>Tap an answer to change it.</source>
        <translation>اضغط على أي إجابة لتغييرها.</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>تغيير</translation>
    </message>
    <message>
        <source>Previous answers</source>
        <translation>الإجابات السابقة</translation>
    </message>
    <message>
        <source>More answers</source>
        <translation>باقي الإجابات</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>اسم العائلة</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>الاسم الأول</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>بدون إجابة</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>تأكيد</translation>
    </message>
    <message>
        <source>First see the next answers</source>
        <translation>اطّلع أولًا على باقي الإجابات</translation>
    </message>
    <message>
        <source>Saving your answers…</source>
        <translation>جارٍ حفظ إجاباتك…</translation>
    </message>
    <message>
        <source>This is taking a little longer. Your answers are kept: please wait a moment.</source>
        <translation>يستغرق هذا وقتًا أطول قليلًا. إجاباتك محفوظة: يرجى الانتظار لحظة.</translation>
    </message>
    <message>
        <source>Thank you</source>
        <translation>شكرًا لك</translation>
    </message>
    <message>
        <source>Please take your slip and give it to the reception desk.</source>
        <translation>من فضلك، خذ ورقتك المطبوعة وسلّمها إلى مكتب الاستقبال.</translation>
    </message>
    <message>
        <source>Your answers are saved. Please go to the reception desk: they will print your slip.</source>
        <translation>تم حفظ إجاباتك. من فضلك، توجّه إلى مكتب الاستقبال: سيطبعون لك ورقتك هناك.</translation>
    </message>
    <message>
        <source>Your reference: {reference}</source>
        <translation>رقمك المرجعي: {reference}</translation>
    </message>
    <message>
        <source>Sorry, something went wrong and your answers could not be saved. Please go to the reception desk.</source>
        <translation>نعتذر، حدثت مشكلة ولم نتمكّن من حفظ إجاباتك. من فضلك، توجّه إلى مكتب الاستقبال.</translation>
    </message>
    <message>
        <source>Radiology secretariat: floor -2, route 610.</source>
        <translation>سكرتارية الأشعة: الطابق ⁦-2⁩، المسار ⁦610⁩ (⁦Route 610⁩).</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>إنهاء</translation>
    </message>
    <message>
        <source>Keep this screen longer</source>
        <translation>إبقاء هذه الشاشة مدة أطول</translation>
    </message>
    <message>
        <source>Insert your identity card</source>
        <translation>أدخل بطاقة هويتك</translation>
    </message>
    <message>
        <source>Put your Belgian identity card or Kids-ID into the reader, chip first. Only the name and date of birth are read.</source>
        <translation>أدخل بطاقة هويتك البلجيكية أو بطاقة ⁨Kids-ID⁩ في القارئ، والشريحة أولًا. تتم قراءة الاسم وتاريخ الميلاد فقط.</translation>
    </message>
    <message>
        <source>Reading the card…</source>
        <translation>جارٍ قراءة البطاقة…</translation>
    </message>
    <message>
        <source>Type my name instead</source>
        <translation>كتابة اسمي بدلًا من ذلك</translation>
    </message>
    <message>
        <source>The card could not be read. Take it out and put it in again, chip first, or type the name instead.</source>
        <translation>تعذّرت قراءة البطاقة. أخرجها وأدخلها مرة أخرى، والشريحة أولًا، أو اكتب الاسم بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>This card is not a Belgian identity card. Use the identity card or Kids-ID, or type the name instead.</source>
        <translation>هذه البطاقة ليست بطاقة هوية بلجيكية. استخدم بطاقة الهوية أو بطاقة ⁨Kids-ID⁩، أو اكتب الاسم بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>The card came out too soon. Put it in again and leave it until the name appears, or type the name instead.</source>
        <translation>أُخرجت البطاقة مبكرًا. أدخلها مرة أخرى واتركها حتى يظهر الاسم، أو اكتب الاسم بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>The card reader is not working. Please type the name instead.</source>
        <translation>قارئ البطاقات لا يعمل. يُرجى كتابة الاسم بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>The card reader is not available just now. Please type the name instead.</source>
        <translation>قارئ البطاقات غير متاح الآن. يُرجى كتابة الاسم بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>Reading the card is taking too long. Please type the name instead.</source>
        <translation>تستغرق قراءة البطاقة وقتًا طويلًا. يُرجى كتابة الاسم بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>Is this you?</source>
        <translation>هل هذا أنت؟</translation>
    </message>
    <message>
        <source>Is this the person you are filling in for?</source>
        <translation>هل هذا هو الشخص الذي تملأ النموذج من أجله؟</translation>
    </message>
    <message>
        <source>Yes, this is right</source>
        <translation>نعم، هذا صحيح</translation>
    </message>
    <message>
        <source>No, type the name instead</source>
        <translation>لا، كتابة الاسم</translation>
    </message>
    <message>
        <source>Do not forget your identity card in the reader.</source>
        <translation>لا تنسَ بطاقة هويتك في القارئ.</translation>
    </message>
    <message>
        <source>Are you still there?</source>
        <translation>هل ما زلت هنا؟</translation>
    </message>
    <message numerus="yes">
        <source>To protect your privacy, the screen will start again in %n seconds and your answers will be erased.</source>
        <translation>
            <numerusform>لحماية خصوصيتك، ستعود الشاشة إلى البداية بعد %n ثانية، وستُمسح إجاباتك.</numerusform>
            <numerusform>لحماية خصوصيتك، ستعود الشاشة إلى البداية بعد ثانية واحدة، وستُمسح إجاباتك.</numerusform>
            <numerusform>لحماية خصوصيتك، ستعود الشاشة إلى البداية بعد ثانيتين، وستُمسح إجاباتك.</numerusform>
            <numerusform>لحماية خصوصيتك، ستعود الشاشة إلى البداية بعد %n ثوانٍ، وستُمسح إجاباتك.</numerusform>
            <numerusform>لحماية خصوصيتك، ستعود الشاشة إلى البداية بعد %n ثانية، وستُمسح إجاباتك.</numerusform>
            <numerusform>لحماية خصوصيتك، ستعود الشاشة إلى البداية بعد %n ثانية، وستُمسح إجاباتك.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n seconds.</source>
        <translation>
            <numerusform>محاولات خاطئة كثيرة جدًا لرمز ⁦PIN⁩. أعد المحاولة بعد %n ثانية.</numerusform>
            <numerusform>محاولات خاطئة كثيرة جدًا لرمز ⁦PIN⁩. أعد المحاولة بعد ثانية واحدة.</numerusform>
            <numerusform>محاولات خاطئة كثيرة جدًا لرمز ⁦PIN⁩. أعد المحاولة بعد ثانيتين.</numerusform>
            <numerusform>محاولات خاطئة كثيرة جدًا لرمز ⁦PIN⁩. أعد المحاولة بعد %n ثوانٍ.</numerusform>
            <numerusform>محاولات خاطئة كثيرة جدًا لرمز ⁦PIN⁩. أعد المحاولة بعد %n ثانية.</numerusform>
            <numerusform>محاولات خاطئة كثيرة جدًا لرمز ⁦PIN⁩. أعد المحاولة بعد %n ثانية.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to check</source>
        <translation>
            <numerusform>%n إجابة للتحقق</numerusform>
            <numerusform>إجابة واحدة للتحقق</numerusform>
            <numerusform>إجابتان للتحقق</numerusform>
            <numerusform>%n إجابات للتحقق</numerusform>
            <numerusform>%n إجابة للتحقق</numerusform>
            <numerusform>%n إجابة للتحقق</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n slips are waiting for the printer. They are retried automatically; or tap Print all unprinted.</source>
        <translation>
            <numerusform>%n ورقة في انتظار الطابعة. تُعاد محاولة طباعتها تلقائيًا؛ أو اضغط على طباعة كل غير المطبوعة.</numerusform>
            <numerusform>ورقة واحدة في انتظار الطابعة. تُعاد محاولة طباعتها تلقائيًا؛ أو اضغط على طباعة كل غير المطبوعة.</numerusform>
            <numerusform>ورقتان في انتظار الطابعة. تُعاد محاولة طباعتها تلقائيًا؛ أو اضغط على طباعة كل غير المطبوعة.</numerusform>
            <numerusform>%n أوراق في انتظار الطابعة. تُعاد محاولة طباعتها تلقائيًا؛ أو اضغط على طباعة كل غير المطبوعة.</numerusform>
            <numerusform>%n ورقة في انتظار الطابعة. تُعاد محاولة طباعتها تلقائيًا؛ أو اضغط على طباعة كل غير المطبوعة.</numerusform>
            <numerusform>%n ورقة في انتظار الطابعة. تُعاد محاولة طباعتها تلقائيًا؛ أو اضغط على طباعة كل غير المطبوعة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n declarations are waiting to be saved (the database was busy). They are saved automatically.</source>
        <translation>
            <numerusform>%n تصريح في انتظار الحفظ (كانت قاعدة البيانات مشغولة). تُحفظ تلقائيًا.</numerusform>
            <numerusform>تصريح واحد في انتظار الحفظ (كانت قاعدة البيانات مشغولة). تُحفظ تلقائيًا.</numerusform>
            <numerusform>تصريحان في انتظار الحفظ (كانت قاعدة البيانات مشغولة). تُحفظ تلقائيًا.</numerusform>
            <numerusform>%n تصريحات في انتظار الحفظ (كانت قاعدة البيانات مشغولة). تُحفظ تلقائيًا.</numerusform>
            <numerusform>%n تصريحًا في انتظار الحفظ (كانت قاعدة البيانات مشغولة). تُحفظ تلقائيًا.</numerusform>
            <numerusform>%n تصريح في انتظار الحفظ (كانت قاعدة البيانات مشغولة). تُحفظ تلقائيًا.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n slips are still in the printer&apos;s queue and are left to print there.</source>
        <translation>
            <numerusform>%n ورقة لا تزال في قائمة انتظار الطابعة وستُطبع هناك.</numerusform>
            <numerusform>ورقة واحدة لا تزال في قائمة انتظار الطابعة وستُطبع هناك.</numerusform>
            <numerusform>ورقتان لا تزال في قائمة انتظار الطابعة وستُطبع هناك.</numerusform>
            <numerusform>%n أوراق لا تزال في قائمة انتظار الطابعة وستُطبع هناك.</numerusform>
            <numerusform>%n ورقة لا تزال في قائمة انتظار الطابعة وستُطبع هناك.</numerusform>
            <numerusform>%n ورقة لا تزال في قائمة انتظار الطابعة وستُطبع هناك.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n slips sent to the printer.</source>
        <translation>
            <numerusform>أُرسلت %n ورقة إلى الطابعة.</numerusform>
            <numerusform>أُرسلت ورقة واحدة إلى الطابعة.</numerusform>
            <numerusform>أُرسلت ورقتان إلى الطابعة.</numerusform>
            <numerusform>أُرسلت %n أوراق إلى الطابعة.</numerusform>
            <numerusform>أُرسلت %n ورقة إلى الطابعة.</numerusform>
            <numerusform>أُرسلت %n ورقة إلى الطابعة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n slips sent to the printer. The printer then stopped taking slips ({reason}).</source>
        <translation>
            <numerusform>أُرسلت %n ورقة إلى الطابعة. ثم توقفت الطابعة عن استقبال الأوراق ({reason}).</numerusform>
            <numerusform>أُرسلت ورقة واحدة إلى الطابعة. ثم توقفت الطابعة عن استقبال الأوراق ({reason}).</numerusform>
            <numerusform>أُرسلت ورقتان إلى الطابعة. ثم توقفت الطابعة عن استقبال الأوراق ({reason}).</numerusform>
            <numerusform>أُرسلت %n أوراق إلى الطابعة. ثم توقفت الطابعة عن استقبال الأوراق ({reason}).</numerusform>
            <numerusform>أُرسلت %n ورقة إلى الطابعة. ثم توقفت الطابعة عن استقبال الأوراق ({reason}).</numerusform>
            <numerusform>أُرسلت %n ورقة إلى الطابعة. ثم توقفت الطابعة عن استقبال الأوراق ({reason}).</numerusform>
        </translation>
    </message>
    <message>
        <source>sent to the record</source>
        <translation>أُرسل إلى السجل</translation>
    </message>
    <message>
        <source>waiting for the record</source>
        <translation>بانتظار الإرسال إلى السجل</translation>
    </message>
    <message>
        <source>parked: {reason}</source>
        <translation>موقوف: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>%n declarations were refused by the hospital record. Tell IT.</source>
        <translation>
            <numerusform>عدد التصريحات التي رفضها سجل المستشفى: %n. أبلغ قسم تكنولوجيا المعلومات.</numerusform>
            <numerusform>عدد التصريحات التي رفضها سجل المستشفى: %n. أبلغ قسم تكنولوجيا المعلومات.</numerusform>
            <numerusform>عدد التصريحات التي رفضها سجل المستشفى: %n. أبلغ قسم تكنولوجيا المعلومات.</numerusform>
            <numerusform>عدد التصريحات التي رفضها سجل المستشفى: %n. أبلغ قسم تكنولوجيا المعلومات.</numerusform>
            <numerusform>عدد التصريحات التي رفضها سجل المستشفى: %n. أبلغ قسم تكنولوجيا المعلومات.</numerusform>
            <numerusform>عدد التصريحات التي رفضها سجل المستشفى: %n. أبلغ قسم تكنولوجيا المعلومات.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n declarations have not reached the hospital record for over an hour. They are sent again automatically; tell IT if this lasts.</source>
        <translation>
            <numerusform>عدد التصريحات التي لم تصل إلى سجل المستشفى منذ أكثر من ساعة: %n. يُعاد إرسالها تلقائيًا؛ أبلغ قسم تكنولوجيا المعلومات إذا استمر ذلك.</numerusform>
            <numerusform>عدد التصريحات التي لم تصل إلى سجل المستشفى منذ أكثر من ساعة: %n. يُعاد إرسالها تلقائيًا؛ أبلغ قسم تكنولوجيا المعلومات إذا استمر ذلك.</numerusform>
            <numerusform>عدد التصريحات التي لم تصل إلى سجل المستشفى منذ أكثر من ساعة: %n. يُعاد إرسالها تلقائيًا؛ أبلغ قسم تكنولوجيا المعلومات إذا استمر ذلك.</numerusform>
            <numerusform>عدد التصريحات التي لم تصل إلى سجل المستشفى منذ أكثر من ساعة: %n. يُعاد إرسالها تلقائيًا؛ أبلغ قسم تكنولوجيا المعلومات إذا استمر ذلك.</numerusform>
            <numerusform>عدد التصريحات التي لم تصل إلى سجل المستشفى منذ أكثر من ساعة: %n. يُعاد إرسالها تلقائيًا؛ أبلغ قسم تكنولوجيا المعلومات إذا استمر ذلك.</numerusform>
            <numerusform>عدد التصريحات التي لم تصل إلى سجل المستشفى منذ أكثر من ساعة: %n. يُعاد إرسالها تلقائيًا؛ أبلغ قسم تكنولوجيا المعلومات إذا استمر ذلك.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n old declarations are kept because the hospital record does not have them yet. Tell IT.</source>
        <translation>
            <numerusform>عدد التصريحات القديمة المحفوظة لأن سجل المستشفى لم يستلمها بعد: %n. أبلغ قسم تكنولوجيا المعلومات.</numerusform>
            <numerusform>عدد التصريحات القديمة المحفوظة لأن سجل المستشفى لم يستلمها بعد: %n. أبلغ قسم تكنولوجيا المعلومات.</numerusform>
            <numerusform>عدد التصريحات القديمة المحفوظة لأن سجل المستشفى لم يستلمها بعد: %n. أبلغ قسم تكنولوجيا المعلومات.</numerusform>
            <numerusform>عدد التصريحات القديمة المحفوظة لأن سجل المستشفى لم يستلمها بعد: %n. أبلغ قسم تكنولوجيا المعلومات.</numerusform>
            <numerusform>عدد التصريحات القديمة المحفوظة لأن سجل المستشفى لم يستلمها بعد: %n. أبلغ قسم تكنولوجيا المعلومات.</numerusform>
            <numerusform>عدد التصريحات القديمة المحفوظة لأن سجل المستشفى لم يستلمها بعد: %n. أبلغ قسم تكنولوجيا المعلومات.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n slips written as PDF files (no paper printer).</source>
        <translation>
            <numerusform>حُفظت %n ورقة كملفات ⁦PDF⁩ (لا توجد طابعة ورق).</numerusform>
            <numerusform>حُفظت ورقة واحدة كملف ⁦PDF⁩ (لا توجد طابعة ورق).</numerusform>
            <numerusform>حُفظت ورقتان كملفَّي ⁦PDF⁩ (لا توجد طابعة ورق).</numerusform>
            <numerusform>حُفظت %n أوراق كملفات ⁦PDF⁩ (لا توجد طابعة ورق).</numerusform>
            <numerusform>حُفظت %n ورقة كملفات ⁦PDF⁩ (لا توجد طابعة ورق).</numerusform>
            <numerusform>حُفظت %n ورقة كملفات ⁦PDF⁩ (لا توجد طابعة ورق).</numerusform>
        </translation>
    </message>
    <message>
        <source>I need more time</source>
        <translation>أحتاج إلى وقت إضافي</translation>
    </message>
    <message numerus="yes">
        <source>This screen closes in %n seconds.</source>
        <translation>
            <numerusform>ستُغلق هذه الشاشة بعد %n ثانية.</numerusform>
            <numerusform>ستُغلق هذه الشاشة بعد ثانية واحدة.</numerusform>
            <numerusform>ستُغلق هذه الشاشة بعد ثانيتين.</numerusform>
            <numerusform>ستُغلق هذه الشاشة بعد %n ثوانٍ.</numerusform>
            <numerusform>ستُغلق هذه الشاشة بعد %n ثانية.</numerusform>
            <numerusform>ستُغلق هذه الشاشة بعد %n ثانية.</numerusform>
        </translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>نص أكبر</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>تباين عالٍ</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>القراءة بصوت عالٍ</translation>
    </message>
    <message>
        <source>Speech unavailable</source>
        <translation>الصوت غير متاح</translation>
    </message>
    <message>
        <source>Touch a button once to hear it. Touch it again to choose it.</source>
        <translation>المس الزر مرة واحدة لسماعه. المسه مرة أخرى لاختياره.</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>إمكانية الوصول</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>التنقل</translation>
    </message>
    <message>
        <source>chosen</source>
        <translation>تم اختياره</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>فارغ</translation>
    </message>
    <message>
        <source>This kiosk is out of order. Please go to the reception desk.</source>
        <translation>هذا الجهاز معطّل. يرجى التوجّه إلى مكتب الاستقبال.</translation>
    </message>
    <message>
        <source>Staff access</source>
        <translation>دخول الموظفين</translation>
    </message>
    <message>
        <source>Type your PIN, then OK.</source>
        <translation>اكتب رمز ⁦PIN⁩، ثم اضغط على ⁦OK⁩.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>رمز ⁦PIN⁩ غير صحيح.</translation>
    </message>
    <message>
        <source>The {role} PIN still works: choose {role}.</source>
        <translation>رمز {role} لا يزال يعمل: اختر {role}.</translation>
    </message>
    <message>
        <source>No staff PIN is set yet: IT sets one with the command line (set-pin).</source>
        <translation>لم يُحدَّد رمز ⁦PIN⁩ للموظفين بعد: يحدّده قسم تقنية المعلومات (⁦IT⁩) من سطر الأوامر (⁦set-pin⁩).</translation>
    </message>
    <message>
        <source>Today&apos;s declarations</source>
        <translation>إقرارات اليوم</translation>
    </message>
    <message>
        <source>Reception</source>
        <translation>الاستقبال</translation>
    </message>
    <message>
        <source>IT</source>
        <translation>تقنية المعلومات (⁦IT⁩)</translation>
    </message>
    <message>
        <source>All</source>
        <translation>الكل</translation>
    </message>
    <message>
        <source>Answers to check</source>
        <translation>إجابات يجب التحقق منها</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>غير مطبوعة</translation>
    </message>
    <message>
        <source>No declaration here today.</source>
        <translation>لا يوجد أي إقرار هنا اليوم.</translation>
    </message>
    <message>
        <source>Tap a declaration to see its slip.</source>
        <translation>اضغط على أي إقرار لعرض ورقته.</translation>
    </message>
    <message>
        <source>printed</source>
        <translation>تمت الطباعة</translation>
    </message>
    <message>
        <source>NOT PRINTED</source>
        <translation>لم تتم الطباعة</translation>
    </message>
    <message>
        <source>PDF file only</source>
        <translation>ملف ⁦PDF⁩ فقط</translation>
    </message>
    <message>
        <source>Reprint</source>
        <translation>إعادة الطباعة</translation>
    </message>
    <message>
        <source>Test print</source>
        <translation>طباعة تجريبية</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>قفل</translation>
    </message>
    <message>
        <source>Exit to desktop</source>
        <translation>الخروج إلى سطح المكتب</translation>
    </message>
    <message>
        <source>Printer: {state}</source>
        <translation>الطابعة: {state}</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>جارٍ التنفيذ…</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>جاهزة</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>متوقفة</translation>
    </message>
    <message>
        <source>not accepting jobs</source>
        <translation>لا تقبل مهام الطباعة</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>يتعذّر الوصول إليها</translation>
    </message>
    <message>
        <source>queue not found</source>
        <translation>قائمة انتظار الطباعة غير موجودة</translation>
    </message>
    <message>
        <source>none: slips are PDF files</source>
        <translation>لا توجد: الأوراق تُحفظ كملفات ⁦PDF⁩</translation>
    </message>
    <message>
        <source>Last print errors</source>
        <translation>آخر أخطاء الطباعة</translation>
    </message>
    <message>
        <source>No print error.</source>
        <translation>لا توجد أخطاء في الطباعة.</translation>
    </message>
    <message>
        <source>{reference}: sent to the printer.</source>
        <translation>تم إرسال {reference} إلى الطابعة.</translation>
    </message>
    <message>
        <source>{reference}: not printed ({reason}).</source>
        <translation>لم تتم طباعة {reference} ({reason}).</translation>
    </message>
    <message>
        <source>Test page sent to the printer.</source>
        <translation>تم إرسال صفحة الاختبار إلى الطابعة.</translation>
    </message>
    <message>
        <source>Test page not printed ({reason}).</source>
        <translation>لم تتم طباعة صفحة الاختبار ({reason}).</translation>
    </message>
    <message>
        <source>That did not work: {reason}</source>
        <translation>لم تنجح العملية: {reason}</translation>
    </message>
    <message>
        <source>At {time} a declaration could NOT be saved ({reason}). The patient was sent to you. Tell IT.</source>
        <translation>في الساعة {time} تعذّر حفظ إقرار ({reason}). تم توجيه المريض إليكم. أبلغوا قسم تقنية المعلومات (⁦IT⁩).</translation>
    </message>
    <message>
        <source>The database was damaged at start and was moved aside ({path}); a new one was started. Tell IT.</source>
        <translation>كانت قاعدة البيانات تالفة عند التشغيل ونُقلت جانبًا ({path})؛ وأُنشئت قاعدة جديدة. أبلغوا قسم تقنية المعلومات (⁦IT⁩).</translation>
    </message>
    <message>
        <source>The disk is almost full ({free} MB left). Tell IT.</source>
        <translation>القرص ممتلئ تقريبًا (المتبقي {free} ميغابايت). أبلغوا قسم تقنية المعلومات (⁦IT⁩).</translation>
    </message>
    <message>
        <source>Old declarations were not deleted: {reason}. Tell IT.</source>
        <translation>لم تُحذف التصريحات القديمة: {reason}. أبلغ قسم تكنولوجيا المعلومات.</translation>
    </message>
    <message>
        <source>Print all unprinted</source>
        <translation>طباعة كل غير المطبوعة</translation>
    </message>
    <message>
        <source>No slip is waiting for the printer.</source>
        <translation>لا توجد ورقة في انتظار الطابعة.</translation>
    </message>
    <message>
        <source>{reference}: slip written as a PDF file in {folder} (no paper printer).</source>
        <translation>{reference}: حُفظت الورقة كملف ⁦PDF⁩ في {folder} (لا توجد طابعة ورق).</translation>
    </message>
    <message>
        <source>{reference}: NOT printed, only written as a PDF file ({reason}); it stays unprinted.</source>
        <translation>{reference}: لم تُطبع، حُفظت فقط كملف ⁦PDF⁩ ({reason})؛ وتبقى غير مطبوعة.</translation>
    </message>
    <message>
        <source>Test page written as a PDF file in {folder} (no paper printer).</source>
        <translation>حُفظت صفحة الاختبار كملف ⁦PDF⁩ في {folder} (لا توجد طابعة ورق).</translation>
    </message>
    <message>
        <source>Search: last name or reference</source>
        <translation>بحث: اسم العائلة أو المرجع</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>مسح البحث</translation>
    </message>
    <message>
        <source>No declaration of today matches this search.</source>
        <translation>لا يوجد إقرار اليوم يطابق هذا البحث.</translation>
    </message>
    <message>
        <source>child</source>
        <translation>طفل</translation>
    </message>
    <message>
        <source>Card reader: turned off</source>
        <translation>قارئ البطاقات: متوقف</translation>
    </message>
    <message>
        <source>Card reader: the PC/SC library (pyscard) is missing</source>
        <translation>قارئ البطاقات: مكتبة ⁨PC/SC (pyscard)⁩ غير موجودة</translation>
    </message>
    <message>
        <source>Card reader: pcscd is not running</source>
        <translation>قارئ البطاقات: الخدمة ⁨pcscd⁩ لا تعمل</translation>
    </message>
    <message>
        <source>Card reader: none plugged in</source>
        <translation>قارئ البطاقات: لا يوجد قارئ موصول</translation>
    </message>
    <message>
        <source>Card reader: ready</source>
        <translation>قارئ البطاقات: جاهز</translation>
    </message>
    <message>
        <source>Card reader: a card is in the reader</source>
        <translation>قارئ البطاقات: توجد بطاقة في القارئ</translation>
    </message>
    <message>
        <source>Staff access: keep holding</source>
        <translation>دخول الموظفين: استمر في الضغط</translation>
    </message>
</context>
</TS>
