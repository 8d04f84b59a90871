<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr_TR">
<context>
    <name>Kiosk</name>
    <message>
        <source>Interventional radiology</source>
        <translation>Girişimsel radyoloji</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Hoş geldiniz</translation>
    </message>
    <message>
        <source>Please answer a few questions before your examination. It takes about 5 minutes.</source>
        <translation>Lütfen işleminizden önce birkaç soruyu yanıtlayın. Yaklaşık 5 dakika sürer.</translation>
    </message>
    <message>
        <source>Choose your language</source>
        <translation>Dilinizi seçin</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Başla</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>İleri</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Geri</translation>
    </message>
    <message>
        <source>Back to the review</source>
        <translation>Yanıtlarınıza dön</translation>
    </message>
    <message>
        <source>Skip the explanations</source>
        <translation>Açıklamaları geç</translation>
    </message>
    <message>
        <source>Step {current} of {total}</source>
        <translation>Adım {current}/{total}</translation>
    </message>
    <message>
        <source>Page {current} of {total}</source>
        <translation>Sayfa {current}/{total}</translation>
    </message>
    <message>
        <source>What is your last name?</source>
        <translation>Soyadınız nedir?</translation>
    </message>
    <message>
        <source>What is the last name of the person you accompany?</source>
        <translation>Refakat ettiğiniz kişinin soyadı nedir?</translation>
    </message>
    <message>
        <source>What is your first name?</source>
        <translation>Adınız nedir?</translation>
    </message>
    <message>
        <source>What is the first name of the person you accompany?</source>
        <translation>Refakat ettiğiniz kişinin adı nedir?</translation>
    </message>
    <message>
        <source>Type it as on the identity card, with the keyboard below.</source>
        <translation>Kimlik kartında yazdığı gibi, aşağıdaki klavyeyle yazın.</translation>
    </message>
    <message>
        <source>Please type the name.</source>
        <translation>Lütfen adı yazın.</translation>
    </message>
    <message numerus="yes">
        <source>This name is too long: at most %n letters.</source>
        <translation>
            <numerusform>Bu ad çok uzun: en fazla %n harf.</numerusform>
        </translation>
    </message>
    <message>
        <source>Please use only letters, spaces, hyphens and apostrophes.</source>
        <translation>Lütfen yalnızca harf, boşluk, kısa çizgi ve kesme işareti kullanın.</translation>
    </message>
    <message>
        <source>What is your date of birth?</source>
        <translation>Doğum tarihiniz nedir?</translation>
    </message>
    <message>
        <source>What is the date of birth of the person you accompany?</source>
        <translation>Refakat ettiğiniz kişinin doğum tarihi nedir?</translation>
    </message>
    <message>
        <source>Type the day, then the month, then the year. For example, 5 March 1948: 0 5 0 3 1 9 4 8.</source>
        <translation>Önce günü, sonra ayı, sonra yılı yazın. Örneğin 5 Mart 1948 için: 0 5 0 3 1 9 4 8.</translation>
    </message>
    <message>
        <source>To correct the day, the month or the year, tap it.</source>
        <translation>Günü, ayı veya yılı düzeltmek için ona dokunun.</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Gün</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Ay</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Yıl</translation>
    </message>
    <message>
        <source>Please type the day (2 digits), the month (2 digits) and the year (4 digits).</source>
        <translation>Lütfen günü (2 rakam), ayı (2 rakam) ve yılı (4 rakam) yazın.</translation>
    </message>
    <message>
        <source>This date does not exist. Please check it.</source>
        <translation>Böyle bir tarih yok. Lütfen kontrol edin.</translation>
    </message>
    <message>
        <source>This date is in the future. Please check it.</source>
        <translation>Bu tarih gelecekte. Lütfen kontrol edin.</translation>
    </message>
    <message>
        <source>Please check the year.</source>
        <translation>Lütfen yılı kontrol edin.</translation>
    </message>
    <message>
        <source>Type the name with the keyboard.</source>
        <translation>Adı klavyeyle yazın.</translation>
    </message>
    <message>
        <source>Please type only letters, numbers and punctuation.</source>
        <translation>Lütfen yalnızca harf, rakam ve noktalama işareti yazın.</translation>
    </message>
    <message>
        <source>Type the number with the keys.</source>
        <translation>Sayıyı tuşlarla yazın.</translation>
    </message>
    <message>
        <source>Please type a number from {low} to {high} {unit}.</source>
        <translation>Lütfen {low} ile {high} {unit} arasında bir sayı yazın.</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Boşluk</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Sil</translation>
    </message>
    <message>
        <source>Apostrophe</source>
        <translation>Kesme işareti</translation>
    </message>
    <message>
        <source>Hyphen</source>
        <translation>Kısa çizgi</translation>
    </message>
    <message>
        <source>Capital letter</source>
        <translation>Büyük harf</translation>
    </message>
    <message>
        <source>Other letters</source>
        <translation>Diğer harfler</translation>
    </message>
    <message>
        <source>Choose one answer.</source>
        <translation>Bir yanıt seçin.</translation>
    </message>
    <message>
        <source>You can choose several answers.</source>
        <translation>Birden fazla yanıt seçebilirsiniz.</translation>
    </message>
    <message>
        <source>You may skip this question.</source>
        <translation>Bu soruyu geçebilirsiniz.</translation>
    </message>
    <message>
        <source>Please check your answers</source>
        <translation>Yanıtlarınızı kontrol edin</translation>
    </message>
    <message>
        <source>Tap an answer to change it.</source>
        <translation>Değiştirmek için bir yanıta dokunun.</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Değiştir</translation>
    </message>
    <message>
        <source>Previous answers</source>
        <translation>Önceki yanıtlar</translation>
    </message>
    <message>
        <source>More answers</source>
        <translation>Sonraki yanıtlar</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Soyadı</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Adı</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Doğum tarihi</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Yanıt yok</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Onayla</translation>
    </message>
    <message>
        <source>First see the next answers</source>
        <translation>Önce sonraki yanıtlara bakın</translation>
    </message>
    <message>
        <source>Saving your answers…</source>
        <translation>Yanıtlarınız kaydediliyor…</translation>
    </message>
    <message>
        <source>This is taking a little longer. Your answers are kept: please wait a moment.</source>
        <translation>Bu biraz daha uzun sürüyor. Yanıtlarınız saklanıyor: lütfen biraz bekleyin.</translation>
    </message>
    <message>
        <source>Thank you</source>
        <translation>Teşekkür ederiz</translation>
    </message>
    <message>
        <source>Please take your slip and give it to the reception desk.</source>
        <translation>Lütfen fişinizi alın ve danışmaya verin.</translation>
    </message>
    <message>
        <source>Your answers are saved. Please go to the reception desk: they will print your slip.</source>
        <translation>Yanıtlarınız kaydedildi. Lütfen danışmaya gidin: fişiniz orada yazdırılacak.</translation>
    </message>
    <message>
        <source>Your reference: {reference}</source>
        <translation>Referansınız: {reference}</translation>
    </message>
    <message>
        <source>Sorry, something went wrong and your answers could not be saved. Please go to the reception desk.</source>
        <translation>Üzgünüz, bir sorun oluştu ve yanıtlarınız kaydedilemedi. Lütfen danışmaya gidin.</translation>
    </message>
    <message>
        <source>Radiology secretariat: floor -2, route 610.</source>
        <translation>Radyoloji sekreterliği: Kat -2, Route 610.</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Bitir</translation>
    </message>
    <message numerus="yes">
        <source>This screen closes in %n seconds.</source>
        <translation>
            <numerusform>Bu ekran %n saniye içinde kapanacak.</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep this screen longer</source>
        <translation>Bu ekranı daha uzun göster</translation>
    </message>
    <message>
        <source>Insert your identity card</source>
        <translation>Kimlik kartınızı takın</translation>
    </message>
    <message>
        <source>Put your Belgian identity card or Kids-ID into the reader, chip first. Only the name and date of birth are read.</source>
        <translation>Belçika kimlik kartınızı veya Kids-ID&apos;yi, çip önde olacak şekilde okuyucuya takın. Yalnızca ad ve doğum tarihi okunur.</translation>
    </message>
    <message>
        <source>Reading the card…</source>
        <translation>Kart okunuyor…</translation>
    </message>
    <message>
        <source>Type my name instead</source>
        <translation>Adımı yazayım</translation>
    </message>
    <message>
        <source>The card could not be read. Take it out and put it in again, chip first, or type the name instead.</source>
        <translation>Kart okunamadı. Kartı çıkarıp çip önde olacak şekilde yeniden takın ya da adı yazın.</translation>
    </message>
    <message>
        <source>This card is not a Belgian identity card. Use the identity card or Kids-ID, or type the name instead.</source>
        <translation>Bu kart bir Belçika kimlik kartı değil. Kimlik kartını veya Kids-ID&apos;yi kullanın ya da adı yazın.</translation>
    </message>
    <message>
        <source>The card came out too soon. Put it in again and leave it until the name appears, or type the name instead.</source>
        <translation>Kart çok erken çıkarıldı. Yeniden takın ve ad görünene kadar bekleyin ya da adı yazın.</translation>
    </message>
    <message>
        <source>The card reader is not working. Please type the name instead.</source>
        <translation>Kart okuyucu çalışmıyor. Lütfen adı yazın.</translation>
    </message>
    <message>
        <source>The card reader is not available just now. Please type the name instead.</source>
        <translation>Kart okuyucu şu anda kullanılamıyor. Lütfen adı yazın.</translation>
    </message>
    <message>
        <source>Reading the card is taking too long. Please type the name instead.</source>
        <translation>Kartın okunması çok uzun sürüyor. Lütfen adı yazın.</translation>
    </message>
    <message>
        <source>Is this you?</source>
        <translation>Bu siz misiniz?</translation>
    </message>
    <message>
        <source>Is this the person you are filling in for?</source>
        <translation>Formu doldurduğunuz kişi bu mu?</translation>
    </message>
    <message>
        <source>Yes, this is right</source>
        <translation>Evet, doğru</translation>
    </message>
    <message>
        <source>No, type the name instead</source>
        <translation>Hayır, adı yazayım</translation>
    </message>
    <message>
        <source>Do not forget your identity card in the reader.</source>
        <translation>Kimlik kartınızı okuyucuda unutmayın.</translation>
    </message>
    <message>
        <source>Are you still there?</source>
        <translation>Hâlâ orada mısınız?</translation>
    </message>
    <message numerus="yes">
        <source>To protect your privacy, the screen will start again in %n seconds and your answers will be erased.</source>
        <translation>
            <numerusform>Gizliliğinizi korumak için ekran %n saniye içinde yeniden başlayacak ve yanıtlarınız silinecek.</numerusform>
        </translation>
    </message>
    <message>
        <source>I need more time</source>
        <translation>Daha fazla zamana ihtiyacım var</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Daha büyük yazı</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Yüksek kontrast</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Sesli okuma</translation>
    </message>
    <message>
        <source>Speech unavailable</source>
        <translation>Sesli okuma kullanılamıyor</translation>
    </message>
    <message>
        <source>Touch a button once to hear it. Touch it again to choose it.</source>
        <translation>Bir düğmeyi dinlemek için ona bir kez dokunun. Seçmek için yeniden dokunun.</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>Erişilebilirlik</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Gezinme</translation>
    </message>
    <message>
        <source>chosen</source>
        <translation>seçildi</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>boş</translation>
    </message>
    <message>
        <source>This kiosk is out of order. Please go to the reception desk.</source>
        <translation>Bu kiosk arızalı. Lütfen danışmaya başvurun.</translation>
    </message>
    <message>
        <source>Staff access</source>
        <translation>Personel girişi</translation>
    </message>
    <message>
        <source>Type your PIN, then OK.</source>
        <translation>PIN kodunuzu yazın, ardından Tamam.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Tamam</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>Yanlış PIN.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n seconds.</source>
        <translation>
            <numerusform>Çok fazla yanlış PIN. %n saniye sonra yeniden deneyin.</numerusform>
        </translation>
    </message>
    <message>
        <source>The {role} PIN still works: choose {role}.</source>
        <translation>{role} PIN kodu hâlâ geçerli: {role} seçin.</translation>
    </message>
    <message>
        <source>No staff PIN is set yet: IT sets one with the command line (set-pin).</source>
        <translation>Henüz personel PIN kodu yok: IT, komut satırından (set-pin) bir kod tanımlar.</translation>
    </message>
    <message>
        <source>Today&apos;s declarations</source>
        <translation>Bugünün beyanları</translation>
    </message>
    <message>
        <source>Reception</source>
        <translation>Danışma</translation>
    </message>
    <message>
        <source>IT</source>
        <translation>IT</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tümü</translation>
    </message>
    <message>
        <source>Answers to check</source>
        <translation>Kontrol edilecek yanıtlar</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>Yazdırılmadı</translation>
    </message>
    <message>
        <source>No declaration here today.</source>
        <translation>Bugün burada beyan yok.</translation>
    </message>
    <message>
        <source>Tap a declaration to see its slip.</source>
        <translation>Fişini görmek için bir beyana dokunun.</translation>
    </message>
    <message numerus="yes">
        <source>%n to check</source>
        <translation>
            <numerusform>%n kontrol edilecek</numerusform>
        </translation>
    </message>
    <message>
        <source>printed</source>
        <translation>yazdırıldı</translation>
    </message>
    <message>
        <source>NOT PRINTED</source>
        <translation>YAZDIRILMADI</translation>
    </message>
    <message>
        <source>PDF file only</source>
        <translation>yalnızca PDF dosyası</translation>
    </message>
    <message>
        <source>Reprint</source>
        <translation>Yeniden yazdır</translation>
    </message>
    <message>
        <source>Test print</source>
        <translation>Test baskısı</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Yenile</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Kilitle</translation>
    </message>
    <message>
        <source>Exit to desktop</source>
        <translation>Masaüstüne çık</translation>
    </message>
    <message>
        <source>Printer: {state}</source>
        <translation>Yazıcı: {state}</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>İşleniyor…</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>hazır</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>durduruldu</translation>
    </message>
    <message>
        <source>not accepting jobs</source>
        <translation>iş kabul etmiyor</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>erişilemiyor</translation>
    </message>
    <message>
        <source>queue not found</source>
        <translation>kuyruk bulunamadı</translation>
    </message>
    <message>
        <source>none: slips are PDF files</source>
        <translation>yok: fişler PDF dosyasıdır</translation>
    </message>
    <message>
        <source>Last print errors</source>
        <translation>Son yazdırma hataları</translation>
    </message>
    <message>
        <source>No print error.</source>
        <translation>Yazdırma hatası yok.</translation>
    </message>
    <message>
        <source>{reference}: sent to the printer.</source>
        <translation>{reference}: yazıcıya gönderildi.</translation>
    </message>
    <message>
        <source>{reference}: not printed ({reason}).</source>
        <translation>{reference}: yazdırılmadı ({reason}).</translation>
    </message>
    <message>
        <source>Test page sent to the printer.</source>
        <translation>Test sayfası yazıcıya gönderildi.</translation>
    </message>
    <message>
        <source>Test page not printed ({reason}).</source>
        <translation>Test sayfası yazdırılmadı ({reason}).</translation>
    </message>
    <message>
        <source>That did not work: {reason}</source>
        <translation>İşlem başarısız oldu: {reason}</translation>
    </message>
    <message>
        <source>At {time} a declaration could NOT be saved ({reason}). The patient was sent to you. Tell IT.</source>
        <translation>Saat {time}: bir beyan KAYDEDİLEMEDİ ({reason}). Hasta size yönlendirildi. IT&apos;ye bildirin.</translation>
    </message>
    <message>
        <source>The database was damaged at start and was moved aside ({path}); a new one was started. Tell IT.</source>
        <translation>Veritabanı başlangıçta hasarlıydı ve kenara taşındı ({path}); yeni bir veritabanı oluşturuldu. IT&apos;ye bildirin.</translation>
    </message>
    <message>
        <source>The disk is almost full ({free} MB left). Tell IT.</source>
        <translation>Disk neredeyse dolu ({free} MB kaldı). IT&apos;ye bildirin.</translation>
    </message>
    <message numerus="yes">
        <source>%n slips are waiting for the printer. They are retried automatically; or tap Print all unprinted.</source>
        <translation>
            <numerusform>%n fiş yazıcıyı bekliyor. Otomatik olarak yeniden denenir; ya da “Yazdırılmamış tüm fişleri yazdır” düğmesine dokunun.</numerusform>
        </translation>
    </message>
    <message>
        <source>Old declarations were not deleted: {reason}. Tell IT.</source>
        <translation>Eski beyanlar silinmedi: {reason}. IT&apos;ye bildirin.</translation>
    </message>
    <message numerus="yes">
        <source>%n declarations are waiting to be saved (the database was busy). They are saved automatically.</source>
        <translation>
            <numerusform>%n beyan kaydedilmeyi bekliyor (veritabanı meşguldü). Otomatik olarak kaydedilecek.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n slips are still in the printer&apos;s queue and are left to print there.</source>
        <translation>
            <numerusform>%n fiş hâlâ yazıcının kuyruğunda ve orada yazdırılmaya bırakıldı.</numerusform>
        </translation>
    </message>
    <message>
        <source>Print all unprinted</source>
        <translation>Yazdırılmamış tüm fişleri yazdır</translation>
    </message>
    <message numerus="yes">
        <source>%n slips sent to the printer.</source>
        <translation>
            <numerusform>%n fiş yazıcıya gönderildi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n slips sent to the printer. The printer then stopped taking slips ({reason}).</source>
        <translation>
            <numerusform>%n fiş yazıcıya gönderildi. Yazıcı ardından fiş almayı durdurdu ({reason}).</numerusform>
        </translation>
    </message>
    <message>
        <source>No slip is waiting for the printer.</source>
        <translation>Yazıcıyı bekleyen fiş yok.</translation>
    </message>
    <message>
        <source>sent to the record</source>
        <translation>hasta kaydına gönderildi</translation>
    </message>
    <message>
        <source>waiting for the record</source>
        <translation>hasta kaydını bekliyor</translation>
    </message>
    <message>
        <source>parked: {reason}</source>
        <translation>bekletiliyor: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>%n declarations were refused by the hospital record. Tell IT.</source>
        <translation>
            <numerusform>%n beyan hastane kaydı tarafından reddedildi. Bilgi işleme bildirin.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n declarations have not reached the hospital record for over an hour. They are sent again automatically; tell IT if this lasts.</source>
        <translation>
            <numerusform>%n beyan bir saatten uzun süredir hastane kaydına ulaşmadı. Otomatik olarak yeniden gönderiliyor; sürerse bilgi işleme bildirin.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n old declarations are kept because the hospital record does not have them yet. Tell IT.</source>
        <translation>
            <numerusform>%n eski beyan, hastane kaydında henüz olmadığı için saklanıyor. Bilgi işleme bildirin.</numerusform>
        </translation>
    </message>
    <message>
        <source>{reference}: slip written as a PDF file in {folder} (no paper printer).</source>
        <translation>{reference}: fiş {folder} klasörüne PDF dosyası olarak kaydedildi (kâğıt yazıcı yok).</translation>
    </message>
    <message>
        <source>{reference}: NOT printed, only written as a PDF file ({reason}); it stays unprinted.</source>
        <translation>{reference}: YAZDIRILMADI, yalnızca PDF dosyası olarak kaydedildi ({reason}); yazdırılmamış olarak kalır.</translation>
    </message>
    <message>
        <source>Test page written as a PDF file in {folder} (no paper printer).</source>
        <translation>Test sayfası {folder} klasörüne PDF dosyası olarak kaydedildi (kâğıt yazıcı yok).</translation>
    </message>
    <message numerus="yes">
        <source>%n slips written as PDF files (no paper printer).</source>
        <translation>
            <numerusform>%n fiş PDF dosyası olarak kaydedildi (kâğıt yazıcı yok).</numerusform>
        </translation>
    </message>
    <message>
        <source>Search: last name or reference</source>
        <translation>Ara: soyadı veya referans</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>Aramayı temizle</translation>
    </message>
    <message>
        <source>No declaration of today matches this search.</source>
        <translation>Bugünün hiçbir beyanı bu aramayla eşleşmiyor.</translation>
    </message>
    <message>
        <source>child</source>
        <translation>çocuk</translation>
    </message>
    <message>
        <source>Card reader: turned off</source>
        <translation>Kart okuyucu: kapalı</translation>
    </message>
    <message>
        <source>Card reader: the PC/SC library (pyscard) is missing</source>
        <translation>Kart okuyucu: PC/SC kitaplığı (pyscard) eksik</translation>
    </message>
    <message>
        <source>Card reader: pcscd is not running</source>
        <translation>Kart okuyucu: pcscd çalışmıyor</translation>
    </message>
    <message>
        <source>Card reader: none plugged in</source>
        <translation>Kart okuyucu: takılı değil</translation>
    </message>
    <message>
        <source>Card reader: ready</source>
        <translation>Kart okuyucu: hazır</translation>
    </message>
    <message>
        <source>Card reader: a card is in the reader</source>
        <translation>Kart okuyucu: okuyucuda bir kart var</translation>
    </message>
    <message>
        <source>Staff access: keep holding</source>
        <translation>Personel girişi: basılı tutmaya devam edin</translation>
    </message>
</context>
</TS>
