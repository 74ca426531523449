"""Sign-in and permissions: every auth mode (``none``, ``password``, ``oidc``, ``proxy``) ends in one
``User``; the store checks that user's grants on every workspace read or change (``Store.as_user``)."""

from lib.auth.config import MODES, AuthConfig, check_hosting, is_loopback, load_config
from lib.auth.model import ACTIONS, LOCAL_USER, ROLES, User, normalise_email

__all__ = ["ACTIONS", "LOCAL_USER", "MODES", "ROLES", "AuthConfig", "User", "check_hosting", "is_loopback",
           "load_config", "normalise_email"]
