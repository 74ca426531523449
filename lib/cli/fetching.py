"""The subcommands that reach platforms: fetch an account, remember or forget its credential."""

from __future__ import annotations

import argparse
from typing import Any

from lib.cli.source import day, user_store
from lib.errors import ConversaError


def cmd_fetch(args: argparse.Namespace) -> int:
    """Fetch one account through its connector and save what arrived into the workspace (the connector saves
    nothing itself). Exit 0 when complete, 1 when a rate limit, a quota or Ctrl-C stopped it early."""
    import os

    from lib import connectors
    from lib.connectors.base import FetchError, FetchRequest, error_message, newest_post

    try:
        connector = connectors.get(args.platform)
    except KeyError:
        names = ", ".join(c.platform for c in connectors.connectors())
        raise ConversaError(f"There is no connector for '{args.platform}'; use one of {names}.") from None
    st = user_store(args)
    exists = st.exists(args.workspace)
    if exists:  # the role's fetch right and the grant, before any token is read or used
        st.check_fetch(args.workspace)
    else:
        st.user.require("fetch")
    token = os.environ.get(connector.env, "").strip() if connector.env else ""
    if connector.env and not token and exists:
        token = _remembered(st, connector.platform, args.workspace) or ""
    if connector.token_required and not token:
        raise FetchError(code="missing_token", platform=connector.platform, params={"env": connector.env or ""})
    workspace = args.workspace if exists else st.create(args.workspace)
    newest = newest_post(st.load(workspace), connector.platform, args.account)
    request = FetchRequest(args.account, token=token or None, since=args.since, api_url=args.api_url,
                           newest=newest, refresh_days=args.refresh_days)
    fetch = connector.fetch(request)
    if getattr(args, "until", None) is not None:
        fetch.until = args.until  # type: ignore[attr-defined]  # X's end of window (x-fetch --until)
    if newest is not None:
        print(f"Refresh: posts since {fetch.start:%Y-%m-%d %H:%M} UTC (newer than the last fetch, plus the last "
              f"{args.refresh_days} days).")
    estimate = getattr(fetch, "quota_estimate", None)
    if estimate is not None:
        print(estimate())

    def progress(p) -> None:
        print(f"\r{p.stage}: {p.posts} posts, {p.comments} comments, {p.requests} requests", end="", flush=True)

    try:
        result = fetch.run(progress=progress)
    except KeyboardInterrupt:
        result = fetch.result("cancelled")
    except FetchError as exc:
        print()
        if exc.partial is not None and not exc.partial.dataset.is_empty:
            _save_fetch(st, workspace, exc.partial)
            print(f"Kept what arrived before the error: {_fetch_counts(exc.partial)}")
        raise ConversaError(error_message(exc, "en")) from None
    print()
    if not result.dataset.is_empty:
        _save_fetch(st, workspace, result)
    print(f"{result.source}: {_fetch_counts(result)} -> workspace '{workspace}'")
    spent = getattr(fetch, "quota_spent", None)
    if spent is not None:
        print(spent())
    rest = f" with --since {result.resume_since:%Y-%m-%d}" if result.resume_since else ""
    if result.stopped_reason == "rate_limit":
        when = f"after {result.rate_limit_reset:%Y-%m-%d %H:%M} UTC" if result.rate_limit_reset else "in an hour"
        print(f"Stopped by {connector.label}'s rate limit or quota; what arrived is saved. Run again {when}{rest} "
              "for the rest.")
    elif result.stopped_reason == "cancelled":
        print(f"Stopped; what arrived is saved. Run again{rest} for the rest.")
    return 0 if result.complete else 1


def _remembered(st: Any, platform: str, workspace: str) -> str | None:
    """The credential remembered for the workspace (only when CONVERSA_SECRET_KEY is set)."""
    from lib.store import Vault

    vault = Vault.configured()
    return None if vault is None else st.credential(workspace, platform, vault)


def cmd_credentials(args: argparse.Namespace) -> int:
    """Remember (from the platform's environment variable, never the command line), forget or re-encrypt."""
    import os

    from lib import connectors
    from lib.store import Vault, open_store

    if args.action != "rotate" and not (args.platform and args.workspace):
        raise ConversaError(f"credentials {args.action} needs the platform and --workspace.")
    vault = Vault.configured()
    if args.action == "forget":
        gone = user_store(args).forget_credential(args.workspace, args.platform)
        print(f"Forgot the {args.platform} credential of '{args.workspace}'." if gone else
              f"No {args.platform} credential was remembered for '{args.workspace}'.")
        return 0
    if vault is None:
        raise ConversaError("Set CONVERSA_SECRET_KEY (Fernet keys, newest first, separated by commas) first.")
    if args.action == "rotate":  # every workspace's: the server's operator only
        if user_store(args).user.role != "admin":
            raise ConversaError("Only an admin may re-encrypt every workspace's credentials.")
        print(f"Re-encrypted {open_store().rotate_credentials(vault)} credentials with the first key.")
        return 0
    try:
        env = connectors.get(args.platform).env
    except KeyError:
        raise ConversaError(f"There is no connector for '{args.platform}'.") from None
    secret = os.environ.get(env or "", "").strip()
    if not env or not secret:
        raise ConversaError(f"Put the credential in {env or 'its environment variable'} to remember it.")
    user_store(args).remember_credential(args.workspace, args.platform, secret, vault)
    print(f"Remembered the {args.platform} credential of '{args.workspace}' (encrypted).")
    return 0


def _save_fetch(st, workspace: str, result) -> None:
    st.save_dataset(workspace, result.dataset, source=result.source, kind="fetch", platform=result.platform,
                    account=result.account)


def _fetch_counts(result) -> str:
    c = result.counts
    return (f"{c.get('posts', 0)} posts, {c.get('comments', 0)} comments ({c.get('brand_replies', 0)} by the "
            f"account), {c.get('followers', 0)} followers today, {c.get('requests', 0)} requests")


def cmd_x_fetch(args: argparse.Namespace) -> int:
    args.platform, args.account = "x", args.username
    return cmd_fetch(args)


def add_fetch_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--workspace", required=True)
    p.add_argument("--since", type=day, help="first day of posts on a first fetch (default: 12 months ago)")
    p.add_argument("--api-url", default=None, help="another server of the same API (an instance, a proxy, a test "
                   "server such as http://127.0.0.1:8000)")
    p.add_argument("--refresh-days", type=int, default=14, help="on a refresh, also re-read the posts of the last "
                   "N days (default 14)")
