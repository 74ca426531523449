"""``import``: read export files, say what they are, and store them in a workspace."""

from __future__ import annotations

import argparse
import json
import sys

from lib.cli.source import user_store


def cmd_import(args: argparse.Namespace) -> int:
    from lib.importers import import_paths, message

    results = import_paths(args.paths)
    summaries = [r.summary() for r in results]
    if args.workspace:
        st = user_store(args)
        name = args.workspace if st.exists(args.workspace) else st.create(args.workspace)
        for s, r in zip(summaries, results):
            rec = st.save_import(name, r)
            s["saved"] = {"workspace": rec.workspace, "import_id": rec.id, "duplicate": rec.duplicate}
    if args.json:
        json.dump(summaries, sys.stdout, ensure_ascii=False, indent=2)
        print()
    else:
        for s in summaries:
            print(f"{s['file']}: {s['platform']} {s['format']} rows={s['rows']} {s['first_date']}..{s['last_date']}")
            for w in s["warnings"]:
                print(f"  warning: {message(w, args.lang)}")
            saved = s.get("saved")
            if saved and saved["duplicate"]:
                print(f"  already imported into workspace '{saved['workspace']}' (import #{saved['import_id']}); nothing changed")
            elif saved:
                print(f"  saved to workspace '{saved['workspace']}' as import #{saved['import_id']}")
    return 0
