"""Importer refusals and warnings as catalogue texts: built in English, said again in the user's language.

``refusal(code, **params)`` makes the ``FileImportError`` whose sentence is ``importers.error.<code>`` in
lib/i18n/catalog_importers.py (``str(err)`` is the English one); ``Note(code, **params)`` is a warning
(``importers.note.<code>``): a ``str`` holding the English sentence, so it is stored and printed like any
warning, that also keeps its code. ``message(x, lang)`` says a refusal, a note or any other error in ``lang``
(anything uncoded as written). A ``what`` parameter is itself a catalogue code (``importers.what.<what>``), and a
parameter that is a refusal or a note is said in ``lang`` too (a zip's "Skipped: ..." warnings).
"""

from __future__ import annotations

from lib.errors import FileImportError
from lib.i18n import catalogues, t


def _known(key: str) -> bool:
    return key in catalogues()["en"]


def _values(lang: str, params: dict[str, object], where: str) -> dict[str, object]:
    """The values a sentence is formatted with, in ``lang``: refusals and notes said, codes looked up.

    ``what`` is an ``importers.what`` code; ``keyof`` a table whose key is named (``importers.key.<table>``); outside
    English, ``table`` and ``column`` are canonical names (``table.<name>``, ``col.<name>``) and ``missing`` an
    English phrase (``importers.missing.<phrase>``, else a canonical column); anything else is used as it is.
    """
    values = {k: message(v, lang) if isinstance(v, (FileImportError, Note)) else v for k, v in params.items()}
    if "what" in values:
        values["what"] = t(f"importers.what.{values['what']}", lang)
    if "keyof" in values:
        values["keyof"] = t(f"importers.key.{values['keyof']}", lang)
    if lang != "en":
        for name, prefix in (("table", "table."), ("column", "col.")):
            if name in values and _known(f"{prefix}{values[name]}"):
                values[name] = t(f"{prefix}{values[name]}", lang)
        if "missing" in values:
            phrase = str(values["missing"])
            for key in (f"importers.missing.{phrase}", f"col.{phrase}"):
                if _known(key):
                    values["missing"] = t(key, lang)
                    break
    values.setdefault("where", t(where, lang))
    return values


def _text(code: str, lang: str, params: dict[str, object], where: str = "importers.formats_where") -> str:
    return t(f"importers.error.{code}", lang, **_values(lang, params, where))


class Note(str):
    """A warning as a catalogue text (``importers.note.<code>``): the English sentence, with its code and values.

    >>> w = Note("skipped", detail="x.csv is empty.")
    >>> w, w.code
    ('Skipped: x.csv is empty.', 'skipped')
    """

    code: str
    params: dict[str, object]

    def __new__(cls, code: str, **params: object) -> Note:
        note = super().__new__(cls, t(f"importers.note.{code}", "en", **_values("en", params, "importers.formats_where")))
        note.code, note.params = code, params
        return note

    @classmethod
    def counted(cls, code: str, n: int, **params: object) -> Note:
        """The note for ``n`` things: ``<code>_one`` when ``n`` is 1 and the catalogue has that sentence."""
        one = f"{code}_one"
        return cls(one if n == 1 and _known(f"importers.note.{one}") else code, n=n, **params)

    def __getnewargs_ex__(self) -> tuple[tuple[str], dict[str, object]]:  # pickled (the page's cache) as code + values
        return (self.code,), self.params

    def said(self, lang: str) -> str:
        return t(f"importers.note.{self.code}", lang, **_values(lang, self.params, "importers.formats_where"))


def refusal(code: str, **params: object) -> FileImportError:
    """The ``FileImportError`` for ``importers.error.<code>``, its English sentence as the message."""
    return FileImportError(_text(code, "en", params), code=code, params=params)


def message(err: BaseException | str, lang: str, *, where: str = "importers.formats_where") -> str:
    """What to show a user for ``err`` in ``lang`` (a coded importer refusal translated; anything else as written).

    ``where`` is the catalogue key of the sentence saying where the list of supported exports is (the upload
    page, which shows the list itself, passes ``importers.formats_above``).

    >>> message(refusal("missing_path", path="x.csv"), "it")
    'x.csv non esiste.'
    """
    if isinstance(err, Note):
        return err.said(lang)
    code = getattr(err, "code", None)
    if isinstance(err, FileImportError) and code:
        return _text(code, lang, err.params, where)
    return str(err)
