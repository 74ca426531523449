"""Streamlit session-state and widget keys, in one place so app.py, pages and tests refer to the same names."""

# sidebar (app.py)
WORKSPACE = "sb_workspace"
WORKSPACE_NEXT = "workspace_next"  # set by a page; app.py applies it before drawing the picker
PERIOD_PRESET = "sb_period_preset"
CUSTOM_DATES = "sb_custom_dates"
COMPARE = "sb_compare"
PLATFORMS = "sb_platforms"
LANGUAGE = "sb_language"
PRESENT = "sb_present"
EXIT_PRESENT = "exit_present"



def kept(key: str) -> str:
    """Where app.py keeps a sidebar widget's value between pages (see app.py ``_kept``)."""
    return f"keep_{key}"


# sign-in (pages/_shared/signin.py)
AUTH_USER = "auth_user"  # the signed-in lib.auth.User of this session
AUTH_SESSION = "auth_session"  # password mode: the lib.auth.sessions.Session
AUTH_RECORDED = "auth_recorded"  # whose sign-in this session wrote to the audit log
AUTH_FLASH = "auth_flash"
AUTH_FORM = "auth_form"
AUTH_EMAIL = "auth_email"
AUTH_PASSWORD = "auth_password"  # noqa: S105 (a widget key, not a password)
AUTH_SIGNOUT = "auth_signout"
AUTH_OIDC = "auth_oidc"

# users page (admins)
USERS_EMAIL = "users_email"
USERS_ROLE = "users_role"
USERS_WORKSPACES = "users_workspaces"
USERS_PASSWORD = "users_password"  # noqa: S105 (a widget key, not a password)
USERS_ADD = "users_add"
USERS_PICK = "users_pick"
USERS_WORKSPACE = "users_workspace"
USERS_GRANT = "users_grant"
USERS_REVOKE = "users_revoke"
USERS_REMOVE = "users_remove"
USERS_SET_ROLE = "users_set_role"
USERS_FLASH = "users_flash"

# derived selection shared with pages (written by app.py, read by pages)
SELECTION = "selection"

# query parameters
QP_PRESENT = "present"

# content page
CONTENT_PLATFORM_PICK = "content_chart_pick"
CONTENT_TABLE = "content_posts_table"

# community page
COMMUNITY_EXAMPLES_KIND = "community_examples_kind"

# audience page
AUDIENCE_PLATFORM = "audience_platform"

# upload page
UPLOAD_FILES = "upload_files"  # the uploader's key; after a save it gets a new one (upload_files_1, ...), emptying it
UPLOAD_GENERATION = "upload_generation"
UPLOAD_SAVE = "upload_save"
UPLOAD_NEW_WORKSPACE = "upload_new_workspace"  # the client's name, when files are dropped while the demo is open
UPLOAD_MAP_TABLE = "upload_map_table_{i}"
UPLOAD_MAP_COLUMN = "upload_map_{i}_{column}"
UPLOAD_MAP_PLATFORM = "upload_map_platform_{i}"
UPLOAD_MAP_ACCOUNT = "upload_map_account_{i}"
UPLOAD_MAP_REMEMBER = "upload_map_remember_{i}"
UPLOAD_MAP_APPLY = "upload_map_apply_{i}"
UPLOAD_DONE = "upload_done"
UPLOAD_FLASH = "upload_flash"  # per-file outcome of the last save, shown after the rerun
UPLOAD_REPEATED = "upload_repeated"  # files saved again this session (nothing changed), for the history

# workspaces page
WS_NEW_NAME = "ws_new_name"
WS_CREATE = "ws_create"
WS_RENAME_TO = "ws_rename_to"
WS_RENAME = "ws_rename"
WS_DELETE_CONFIRM = "ws_delete_confirm"
WS_DELETE = "ws_delete"
WS_CLIENT_NAME = "ws_client_name"
WS_LOGO = "ws_logo"
WS_TZ = "ws_tz"
WS_LANGUAGE = "ws_language"
WS_CURRENCY = "ws_currency"
WS_HANDLES = "ws_handles_{platform}"
WS_FOLLOWERS = "ws_followers_{platform}"
WS_SAVE_SETTINGS = "ws_save_settings"
WS_SETTINGS_FOR = "ws_settings_for"  # (workspace, revision) whose settings the form's widgets hold
WS_RESTORE = "ws_restore"
WS_RESTORE_BUTTON = "ws_restore_button"
WS_RESET_DEMO = "ws_reset_demo"
WS_FLASH = "ws_flash"
WS_BACKUP = "ws_backup"
WS_BACKUP_BYTES = "ws_backup_bytes"
WS_UNDO = "ws_undo_{id}"
WS_UNDO_PENDING = "ws_undo_pending"
WS_UNDO_YES = "ws_undo_yes"
WS_UNDO_CANCEL = "ws_undo_cancel"
WS_DELETE_YES = "ws_delete_yes"
WS_DELETE_CANCEL = "ws_delete_cancel"
WS_DEMO_YES = "ws_demo_yes"
WS_DEMO_CANCEL = "ws_demo_cancel"
WS_PENDING = "ws_pending"  # "delete" or "demo" while its confirmation is shown
# goals and notes (a section of the workspaces page: pages/_shared/notes.py)
GOAL_KPI = "goal_kpi"
GOAL_OP = "goal_op_{kpi}"
GOAL_TARGET = "goal_target_{kpi}"
GOAL_DUE_ON = "goal_due_on"
GOAL_DUE = "goal_due"
GOAL_SET = "goal_set"
GOAL_REMOVE = "goal_remove_{kpi}"
NOTE_FORM = "note_form"
NOTE_DAY = "note_day"
NOTE_PLATFORM = "note_platform"
NOTE_TEXT = "note_text"
NOTE_REMOVE = "note_remove_{id}"
GOALS_UNDO = "goals_undo"
GOALS_FLASH = "goals_flash"

# report page
REPORT_DOWNLOAD = "report_download"
REPORT_FORMAT = "report_format"  # "xlsx", "pptx" or "pdf"
REPORT_LANGUAGE = "report_language"
REPORT_SECTIONS = "report_sections"
REPORT_ANONYMIZE = "report_anonymize"
