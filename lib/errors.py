"""Error types whose messages are written for the person using the app."""


class ConversaError(Exception):
    """Base class: ``str(err)`` is a complete sentence a user can act on."""


class SchemaError(ConversaError):
    """A table does not match the canonical schema (the message names the columns)."""


class FileImportError(ConversaError):
    """A file could not be read as any supported export.

    ``code`` (when set) names its sentence in lib/i18n/catalog_importers.py (``importers.error.<code>``) and
    ``params`` the values it needs, so ``lib.importers.messages.message(err, lang)`` says it in the user's
    language; ``str(err)`` is the English sentence.
    """

    def __init__(self, message: str, *, code: str | None = None, params: dict[str, object] | None = None) -> None:
        super().__init__(message)
        self.code = code
        self.params = dict(params or {})


class StoreError(ConversaError):
    """A workspace operation failed; nothing was changed."""


class ConnectorError(ConversaError):
    """A live source (X) refused or failed; the message says what to do."""


class AccessError(ConversaError):
    """The signed-in user may not do this (no grant for the workspace, or the role does not allow it)."""


class AuthError(ConversaError):
    """Sign-in is misconfigured or refused; the message says what to set or do."""
