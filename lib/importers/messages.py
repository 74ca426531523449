"""Importer refusals as catalogue texts: built in English, said again in the user's language where shown.

``refusal(code, **params)`` makes the ``FileImportError`` whose sentence is ``importers.error.<code>`` in
lib/i18n/catalog_importers.py (``str(err)`` is the English one); ``message(err, lang)`` says any error in
``lang``: a coded refusal from the catalogue, any other error as written. A ``what`` parameter is itself a
catalogue code (``importers.what.<what>``), so it is translated too.
"""

from __future__ import annotations

from lib.errors import FileImportError
from lib.i18n import t


def _text(code: str, lang: str, params: dict[str, object], where: str = "importers.formats_where") -> str:
    values = dict(params)
    if "what" in values:
        values["what"] = t(f"importers.what.{values['what']}", lang)
    values.setdefault("where", t(where, lang))
    return t(f"importers.error.{code}", lang, **values)


def refusal(code: str, **params: object) -> FileImportError:
    """The ``FileImportError`` for ``importers.error.<code>``, its English sentence as the message."""
    return FileImportError(_text(code, "en", params), code=code, params=params)


def message(err: BaseException, lang: str, *, where: str = "importers.formats_where") -> str:
    """What to show a user for ``err`` in ``lang`` (a coded importer refusal translated; anything else as written).

    ``where`` is the catalogue key of the sentence saying where the list of supported exports is (the upload
    page, which shows the list itself, passes ``importers.formats_above``).

    >>> message(refusal("missing_path", path="x.csv"), "it")
    'x.csv non esiste.'
    """
    code = getattr(err, "code", None)
    if isinstance(err, FileImportError) and code:
        return _text(code, lang, err.params, where)
    return str(err)
