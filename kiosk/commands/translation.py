"""The two commands of a translator's review (issue 19), each one unit
(kiosk/commands/unit.py): `translation-pack` writes the pack a qualified translator reads
and signs; `language-reviewed` records the signed review in the language's
language.toml and the audit trail. Neither needs Qt."""

from __future__ import annotations

import argparse
from datetime import date, datetime
from pathlib import Path

from kiosk.commands.unit import Command, Context
from kiosk.content.translator_review import check_name, parse_day, record_review
from kiosk.errors import ExitCode
from kiosk.files import write_atomically
from kiosk.records.database import StoreError
from kiosk.resources import I18N_DIR, SCREEN_SOURCES, content_root, resource_path


def _language_folder(context: Context) -> Path | None:
    """The folder of --language in the content (kiosk.resources_dir), or None, said."""
    code = context.arguments.language
    locales = content_root(context.config.kiosk.resources_dir) / "locales"
    shipped = sorted(path.name for path in locales.iterdir() if path.is_dir())
    if code not in shipped:
        context.complain(
            f"--language {code!r}: no such language in {locales} (shipped: {', '.join(shipped)})"
        )
        return None
    return locales / str(code)


def translation_pack(context: Context) -> int:
    from kiosk.commands.translation_pack import TranslationPackRenderer  # ReportLab: only here
    from kiosk.commands.translation_pack_content import build_translation_pack

    arguments, config = context.arguments, context.config
    if _language_folder(context) is None:
        return ExitCode.USAGE
    code = arguments.language
    target = arguments.output or Path(f"translation-pack-{code}.pdf")
    pack = build_translation_pack(
        content_root(config.kiosk.resources_dir),
        I18N_DIR,
        SCREEN_SOURCES,
        code,
        printed_at=datetime.now().astimezone(),
        hospital=config.kiosk.hospital_name,
        department=config.kiosk.department_name,
    )
    pdf = TranslationPackRenderer(pack, resource_path("fonts")).render()
    try:
        write_atomically(target, pdf)
    except OSError as error:
        context.complain(f"cannot write {target}: {error.strerror}")
        return ExitCode.USAGE
    except ValueError:  # a NUL byte in the file name
        context.complain(f"--output {str(target)!r}: expected a file name without a NUL byte")
        return ExitCode.USAGE
    rows = sum(len(section.rows) for section in pack.sections)
    context.out.write(f"{target}: {rows} texts in fr, en and {code}, for a translator to sign\n")
    return ExitCode.OK


def language_reviewed(context: Context) -> int:
    arguments = context.arguments
    folder = _language_folder(context)
    if folder is None:
        return ExitCode.USAGE
    try:
        name = check_name(arguments.by)
    except ValueError as error:
        context.complain(str(error))
        return ExitCode.USAGE
    on: date = arguments.on or datetime.now().astimezone().date()
    if on > datetime.now().astimezone().date():
        context.complain(f"--on {on.isoformat()}: a review cannot be recorded before it is made")
        return ExitCode.USAGE
    path = folder / "language.toml"
    review = record_review(path, name, on)  # ContentError: main.py says it, exit code 2
    code = arguments.language
    context.out.write(f"{code}: reviewed {review.describe()}, recorded in {path}\n")
    try:
        context.audit("language reviewed", None, f"{code} {review.describe()}")
    except StoreError as error:
        context.complain(f"recorded in {path}, but not in the audit trail: {error}")
    return ExitCode.OK


def day(text: str) -> date:
    found = parse_day(text)
    if found is None:
        raise argparse.ArgumentTypeError(f"{text!r}: expected a date YYYY-MM-DD, e.g. 2026-12-05")
    return found


def _language_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--language",
        metavar="CODE",
        required=True,
        help="a language shipped in resources/locales/ (or kiosk.resources_dir), e.g. nl",
    )


def _pack_arguments(parser: argparse.ArgumentParser) -> None:
    _language_argument(parser)
    parser.add_argument(
        "--output",
        type=Path,
        metavar="FILE",
        help="the PDF to write (default: translation-pack-CODE.pdf here; replaced if it "
        "exists, readable by its owner only)",
    )


def _reviewed_arguments(parser: argparse.ArgumentParser) -> None:
    _language_argument(parser)
    parser.add_argument(
        "--by", metavar="NAME", required=True, help="the translator's name, as signed"
    )
    parser.add_argument(
        "--on",
        type=day,
        metavar="YYYY-MM-DD",
        help="the day the translator signed (default: today)",
    )


COMMANDS: tuple[Command, ...] = (
    Command(
        "translation-pack",
        "a PDF for a translator: every text in French, English and one language",
        translation_pack,
        "Every text of the kiosk in French (the source), English and the language "
        "--language, side by side with where each is used: the language's glossary, the "
        "screens' texts (every plural form), questions, answers and help, the explanation "
        "pages paragraph by paragraph, the slip's labels and the clinical pack's headings; "
        "then a sign-off block for a qualified translator and how to record the review "
        "(language-reviewed). Needs no display. Holds no patient data.",
        _pack_arguments,
    ),
    Command(
        "language-reviewed",
        "record that a qualified translator reviewed a language (who and when)",
        language_reviewed,
        "Once a qualified translator has signed the language's translation-pack, set "
        "reviewed = true, reviewed_by and reviewed_on in resources/locales/CODE/"
        "language.toml (or kiosk.resources_dir's copy), the file's comments and other "
        "lines kept, and write a line in the audit trail. `languages` and `doctor` then "
        "say who reviewed it and when.",
        _reviewed_arguments,
    ),
)
