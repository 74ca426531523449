"""The one user model every sign-in mode ends in, and what each role may do.

Pages, the CLI and the store ask ``user.may(action)``; none of them knows how the user signed in.
"""

from __future__ import annotations

from dataclasses import dataclass

from lib.errors import AccessError

ROLES: tuple[str, ...] = ("admin", "consultant", "client")

ACTIONS: tuple[str, ...] = ("read", "write", "fetch", "backup", "delete", "create", "manage_users", "audit")
"""``read``: insight pages, waiting comments, report downloads. ``write``: imports, undo, settings, renames.
``fetch``: live sources with the server's tokens. ``backup``: backup and restore. ``delete``: delete a
workspace. ``create``: new workspaces. ``manage_users``: users, roles and grants. ``audit``: the audit log."""

ROLE_ACTIONS: dict[str, frozenset[str]] = {
    "admin": frozenset(ACTIONS),
    "consultant": frozenset({"read", "write", "fetch", "backup", "delete", "create"}),
    "client": frozenset({"read"}),
}

LOCAL_EMAIL = "local"


def normalise_email(email: object) -> str:
    """An account's e-mail as stored and compared: trimmed, lower case. Raises ``AccessError`` when it is not
    an address (``local`` is the one local user of auth mode ``none``)."""
    text = str(email or "").strip().lower()
    if text == LOCAL_EMAIL:
        return text
    name, at, domain = text.partition("@")
    if not (name and at and domain) or any(c.isspace() or c in "<>\"'(),;:\\[]" for c in text) or len(text) > 254:
        raise AccessError(f"'{str(email)[:80]}' is not an e-mail address.")
    return text


def check_role(role: object) -> str:
    if role not in ROLES:
        raise AccessError(f"'{role}' is not a role; use one of {', '.join(ROLES)}.")
    return str(role)


@dataclass(frozen=True)
class User:
    """A signed-in person. ``role`` is one of ``ROLES``; ``email`` identifies the account."""

    email: str
    role: str
    name: str = ""

    def may(self, action: str) -> bool:
        """Whether the role allows ``action`` (one of ``ACTIONS``) at all; workspace grants are checked apart."""
        if action not in ACTIONS:
            raise ValueError(f"unknown action {action!r}")
        return action in ROLE_ACTIONS[self.role]

    def require(self, action: str) -> None:
        """Raise ``AccessError`` unless the role allows ``action``."""
        if not self.may(action):
            raise AccessError(f"Your role ({self.role}) does not allow this.")

    @property
    def sees_everything(self) -> bool:
        """Admins read every workspace without a grant."""
        return self.role == "admin"

    @property
    def read_only(self) -> bool:
        return not self.may("write")

    @property
    def label(self) -> str:
        return self.name or self.email


LOCAL_USER = User(email=LOCAL_EMAIL, role="admin", name="")
"""Auth mode ``none``: the one local user, allowed everything (today's single-user app)."""
