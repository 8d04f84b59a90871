"""Reading the TOML files that people edit (config, questionnaire, texts) with clear errors."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

from kiosk.errors import KioskError


def read_toml(path: Path, error: type[KioskError], what: str) -> dict[str, Any]:
    """The file's tables, or `error` with a sentence that names the file and the fault."""
    try:
        # Windows editors often save UTF-8 with a byte-order mark, which TOML refuses.
        return tomllib.loads(path.read_bytes().decode("utf-8").removeprefix("\ufeff"))
    except FileNotFoundError:
        raise error(f"{what} {path} does not exist") from None
    except IsADirectoryError:
        raise error(f"{what} {path} is a folder: expected a TOML file") from None
    except OSError as failure:
        raise error(f"{what} {path} cannot be read: {failure.strerror}") from None
    except UnicodeDecodeError as failure:
        raise error(
            f"{what} {path} is not UTF-8 text (byte {failure.start}): save it as UTF-8"
        ) from None
    except tomllib.TOMLDecodeError as failure:
        raise error(f"{what} {path} is not valid TOML: {failure}") from None
    except RecursionError:  # tomllib recurses once per nested array or inline table
        raise error(
            f"{what} {path} nests arrays or tables too deeply: expected plain TOML "
            "(see config.example.toml)"
        ) from None
    except ValueError:  # a NUL byte in the path itself
        raise error(f"{what} {str(path)!r}: expected a file path without a NUL byte") from None
