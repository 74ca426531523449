"""The subcommands of hosting: accounts, their grants and the audit log (admins)."""

from __future__ import annotations

import argparse
import json
import sys

from lib.cli.source import user_store
from lib.errors import ConversaError


def cmd_user(args: argparse.Namespace) -> int:
    """Accounts: add (password from stdin only, never the command line), list, grant, revoke, role, remove."""
    st = user_store(args)
    workspaces = args.workspace or []
    if args.action == "list":
        records = st.users()
        if args.json:
            json.dump([{"email": r.email, "role": r.role, "name": r.name, "password": r.has_password,
                        "workspaces": list(r.workspaces)} for r in records], sys.stdout, ensure_ascii=False, indent=2)
            print()
        for r in [] if args.json else records:
            print(f"{r.email}\t{r.role}\t{'all' if r.role == 'admin' else ', '.join(r.workspaces) or '-'}")
        return 0
    if not args.email:
        raise ConversaError(f"user {args.action} needs the account's e-mail.")
    if args.action == "add":
        if not args.role:
            raise ConversaError("user add needs --role admin, consultant or client.")
        password = sys.stdin.readline().rstrip("\r\n") if args.password_stdin else None
        made = st.add_user(args.email, args.role, name=args.name or "", password=password, workspaces=workspaces)
        print(f"Added {made.email} as {made.role}" + (f" with {', '.join(workspaces)}." if workspaces else "."))
    elif args.action in ("grant", "revoke"):
        if not workspaces:
            raise ConversaError(f"user {args.action} needs --workspace NAME (repeatable).")
        for ws in workspaces:
            done = (st.grant if args.action == "grant" else st.revoke)(args.email, ws)
            verb = "may now use" if args.action == "grant" else "may no longer use"
            print(f"{args.email} {verb} '{ws}'." if done else f"Nothing to change for {args.email} and '{ws}'.")
    elif args.action == "role":
        if not args.role:
            raise ConversaError("user role needs --role admin, consultant or client.")
        changed = st.set_role(args.email, args.role)
        print(f"{changed.email} is now {changed.role}.")
    elif args.action == "remove":
        st.remove_user(args.email)
        print(f"Removed {args.email}.")
    return 0


def cmd_audit(args: argparse.Namespace) -> int:
    """The audit log, newest first (admins)."""
    entries = user_store(args).audit_log(args.workspace, limit=args.limit)
    if args.json:
        json.dump([{"at": e.at.isoformat(), "actor": e.actor, "action": e.action, "workspace": e.workspace,
                    "detail": e.detail, "address": e.address} for e in entries], sys.stdout, ensure_ascii=False,
                  indent=2)
        print()
        return 0
    for e in entries:
        print(f"{e.at:%Y-%m-%d %H:%M:%S}\t{e.actor}\t{e.action}\t{e.workspace or '-'}\t{e.detail}")
    return 0
