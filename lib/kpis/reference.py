"""The users' KPI reference (docs/KPIS.md, docs/KPIS.it.md), written from ``lib.kpis.catalog`` and its texts.

The files are generated, so they cannot drift from what the app shows: ``python -m lib.kpis.reference --write``
rewrites them, and a test fails when a committed file differs from what this module renders.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from lib.i18n import t
from lib.kpis.catalog import KPIS, KpiInfo
from lib.kpis.texts import describe

FILES = {"en": "KPIS.md", "it": "KPIS.it.md"}

_INTRO = {
    "en": (
        "# The KPIs, defined\n\n"
        "*Generated from `lib/kpis/catalog.py` and `lib/kpis/texts.py` by `python -m lib.kpis.reference --write`;"
        " do not edit by hand.* [Italiano](KPIS.it.md)\n\n"
        "Conversa measures whether people talk to you and whether you talk back. Every number below is computed"
        " once and shown the same way in the app, the workbook, the deck, the PDF and the command line.\n\n"
        "## Rules every number follows\n\n"
        "- **Unavailable is never zero.** When the data a KPI needs is missing (no comment threads, no follower"
        " counts, no reach), it shows *n/a* with the reason and the export or connection that would fill it.\n"
        "- **The denominator is in the name.** *Comments per post* and *comments per post per 1,000 followers*"
        " are different KPIs. Rates are stored as fractions and shown as percentages; a change of a rate is shown"
        " in percentage points (pp).\n"
        "- **Audience and brand are kept apart.** A comment is written either by the audience or by the brand"
        " (the account analysed, recognised from the export or from the handles set in the workspace). Audience"
        " KPIs never count the brand's own comments.\n"
        "- **A period and the one before it.** Post KPIs use the posts published in the period; thread KPIs use"
        " the comments written in it (replies are looked for in all the data, also after the period ends). Every"
        " figure is compared with the previous period of equal length, or the same period a year earlier.\n"
        "- **Per platform and overall.** The overall figure adds the counts of all platforms first and divides"
        " once.\n"
    ),
    "it": (
        "# I KPI, definiti\n\n"
        "*Generato da `lib/kpis/catalog.py` e `lib/kpis/texts.py` con `python -m lib.kpis.reference --write`;"
        " non modificarlo a mano.* [English](KPIS.md)\n\n"
        "Conversa misura se le persone vi parlano e se voi rispondete. Ogni numero qui sotto è calcolato una"
        " volta sola e mostrato allo stesso modo nell'app, nella cartella di lavoro, nelle slide, nel PDF e"
        " dalla riga di comando.\n\n"
        "## Regole valide per ogni numero\n\n"
        "- **Non disponibile non vuol dire zero.** Quando mancano i dati che servono a un KPI (thread di"
        " commenti, follower, copertura), compare *n.d.* con il motivo e l'esportazione o il collegamento che"
        " lo renderebbe disponibile.\n"
        "- **Il denominatore è nel nome.** *Commenti per post* e *commenti per post ogni 1.000 follower* sono KPI"
        " diversi. I tassi sono salvati come frazioni e mostrati come percentuali; la variazione di un tasso è"
        " espressa in punti percentuali (p.p.).\n"
        "- **Pubblico e marchio restano separati.** Un commento è scritto dal pubblico o dal marchio (l'account"
        " analizzato, riconosciuto dall'esportazione o dagli handle indicati nello spazio di lavoro). I KPI del"
        " pubblico non contano mai i commenti del marchio.\n"
        "- **Un periodo e quello precedente.** I KPI dei post usano i post pubblicati nel periodo; i KPI delle"
        " conversazioni usano i commenti scritti nel periodo (le risposte si cercano in tutti i dati, anche dopo"
        " la fine del periodo). Ogni valore è confrontato con il periodo precedente di pari durata, o con lo"
        " stesso periodo dell'anno prima.\n"
        "- **Per piattaforma e in totale.** Il totale somma prima i conteggi di tutte le piattaforme e divide"
        " una volta sola.\n"
    ),
}

_FIELDS = {
    "en": {"what": "What it is", "formula": "How it is computed", "why": "Why it matters",
           "improve": "How to improve it", "better": "Better when", "headline": "Quality KPI (a headline)",
           "contrast": "Quantity KPI (shown for contrast)", "up": "higher", "down": "lower",
           "neutral": "it depends on the context"},
    "it": {"what": "Che cos'è", "formula": "Come si calcola", "why": "Perché conta",
           "improve": "Come migliorarlo", "better": "Meglio se", "headline": "KPI di qualità (in evidenza)",
           "contrast": "KPI di quantità (mostrato per confronto)", "up": "più alto", "down": "più basso",
           "neutral": "dipende dal contesto"},
}


def _entry(info: KpiInfo, lang: str) -> str:
    text, f = describe(info.key, lang), _FIELDS[lang]
    kind = f["headline"] if info.quality else f["contrast"]
    return (
        f"### {text.label}\n\n"
        f"`{info.key}` · {kind} · {f['better']}: {f[info.direction]}\n\n"
        f"- **{f['what']}:** {text.explanation}\n"
        f"- **{f['formula']}:** {text.formula}\n"
        f"- **{f['why']}:** {text.why}\n"
        f"- **{f['improve']}:** {text.improve}\n"
    )


def render(lang: str) -> str:
    """The whole reference in ``lang`` ("en" or "it"), as Markdown.

    >>> "### Silent posts" in render("en") and "### Post senza risposta" in render("it")
    True
    """
    parts = [_INTRO[lang]]
    areas: list[str] = []
    for info in KPIS:
        if info.area not in areas:
            areas.append(info.area)
    for area in areas:
        parts.append(f"## {t(f'report.area.{area}', lang)}\n")
        parts.extend(_entry(info, lang) for info in KPIS if info.area == area)
    return "\n".join(parts)


def write(folder: Path) -> list[Path]:
    """Write every language's file into ``folder`` and return their paths."""
    written = []
    for lang, name in FILES.items():
        path = folder / name
        path.write_text(render(lang), encoding="utf-8")
        written.append(path)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help="rewrite the files in docs/")
    parser.add_argument("--docs", type=Path, default=Path(__file__).resolve().parents[2] / "docs")
    args = parser.parse_args(argv)
    if args.write:
        for path in write(args.docs):
            print(path)
    else:
        print(render("en"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
