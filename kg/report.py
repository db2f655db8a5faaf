"""``report.md``: the network analysis as a short briefing, with its charts.

:func:`write_report` turns an :class:`kg.analyze.Analysis` into ``report.md``
and the PNG charts it shows (``centrality.png``, ``timeline.png``,
``network.png``), written next to it. The chart functions return matplotlib
figures, so notebooks can show the same pictures inline.

Names come from article text, which nobody vetted: everything that goes into
the markdown is escaped (pipes, newlines, markdown syntax and HTML), because
report.md is often rendered as HTML.

Example
-------
>>> import tempfile
>>> from rdflib import Graph
>>> from kg.analyze import analyze
>>> [p.name for p in write_report(analyze(Graph()), tempfile.mkdtemp())]
['report.md']
"""
from __future__ import annotations

import html
import io
import os
import re
import tempfile
import warnings
from collections import Counter
from pathlib import Path
from typing import Iterable, Sequence

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from kg.analyze import Analysis, Community
from kg.errors import OutputError
from kg.fileio import write_atomic

__all__ = ["centrality_chart", "md", "network_chart", "render_markdown", "timeline_chart", "write_report"]

REPORT_NAME = "report.md"
CENTRALITY_PNG = "centrality.png"
TIMELINE_PNG = "timeline.png"
NETWORK_PNG = "network.png"

#: Rows shown per table; the rest are counted ("... and 12 more").
MAX_ROWS = 15

# One colour per kind, stable across charts (tab10 colours).
_KIND_COLOURS = {
    "RecordLabel": "#1f77b4", "Platform": "#ff7f0e", "Company": "#2ca02c", "Artist": "#e377c2",
    "Person": "#9467bd", "Work": "#8c564b", "Organization": "#7f7f7f", "Court": "#bcbd22",
    "TradeBody": "#17becf", "MediaOutlet": "#c49c94", "Regulator": "#aec7e8",
    "Dispute": "#d62728", "Partnership": "#1f77b4", "LicensingAgreement": "#2ca02c",
    "Settlement": "#9467bd", "Acquisition": "#ff7f0e", "Agreement": "#17becf",
}

_KIND_NAMES = {
    "RecordLabel": "record label", "LicensingAgreement": "licensing agreement", "MediaOutlet": "media outlet",
    "TradeBody": "trade body", "worksFor": "works for", "signedTo": "signed to", "performedBy": "performed by",
    "subsidiaryOf": "subsidiary of", "withdrewCatalogFrom": "catalogue withdrawal",
}


def kind_name(kind: str) -> str:
    """A class or property name as words: ``"LicensingAgreement"`` -> ``"licensing agreement"``."""
    return _KIND_NAMES.get(kind, re.sub(r"(?<!^)(?=[A-Z])", " ", kind).lower())


# --- escaping --------------------------------------------------------------------

# Enough to stop links, images, emphasis, code and table breaks; "<", ">" and
# "&" are HTML-escaped first, so no tag or entity survives either.
_MD_SPECIAL = re.compile(r"([\\`*_\[\]|~])")


def md(text: object) -> str:
    """Untrusted text made safe for a markdown table cell or line.

    Whitespace (newlines included) collapses to single spaces, HTML is
    entity-escaped, and markdown syntax (``|``, ``*``, ``[``, backticks, ...)
    is backslash-escaped, so a name can neither break a table nor become a
    link, an image or a tag.

    Example
    -------
    >>> md("A|B <script>\\n[x](javascript:y)")
    'A\\\\|B &lt;script&gt; \\\\[x\\\\](javascript:y)'
    """
    flat = " ".join(str(text).split())
    return _MD_SPECIAL.sub(r"\\\1", html.escape(flat, quote=False))


def _table(headers: Sequence[str], rows: Iterable[Sequence[object]], align: str = "") -> list[str]:
    """A markdown table; every cell escaped. ``align``: one of l/r per column."""
    align = align or "l" * len(headers)
    lines = ["| " + " | ".join(md(h) for h in headers) + " |",
             "|" + "|".join("---:" if a == "r" else ":---" for a in align) + "|"]
    lines += ["| " + " | ".join(md(c) for c in row) + " |" for row in rows]
    return lines


def _more(total: int, shown: int, what: str) -> list[str]:
    return ["", f"_… and {total - shown} more {what} (see analysis.json)._"] if total > shown else []


# --- charts ------------------------------------------------------------------------


def _figure(width: float, height: float) -> Figure:
    # A Figure on the Agg canvas directly: no pyplot, no global backend state,
    # so this works headless and leaves a notebook's inline backend alone.
    fig = Figure(figsize=(width, height), dpi=100, layout="constrained")
    FigureCanvasAgg(fig)
    return fig


def centrality_chart(analysis: Analysis, top: int = 12) -> Figure | None:
    """Horizontal bars: PageRank of the most central entities, coloured by kind.

    Returns ``None`` when there is nothing to draw.
    """
    scores = analysis.centrality[:top]
    if not scores:
        return None
    fig = _figure(8, 0.42 * len(scores) + 1.4)
    ax = fig.add_subplot()
    labels = [_short(s.label) for s in scores][::-1]
    values = [s.pagerank for s in scores][::-1]
    colours = [_KIND_COLOURS.get(s.kind, "#7f7f7f") for s in scores][::-1]
    ax.barh(range(len(scores)), values, color=colours)
    ax.set_yticks(range(len(scores)), labels)
    for i, s in enumerate(scores[::-1]):
        ax.text(values[i], i, f"  {_n(s.degree, 'partner')}", va="center", fontsize=8)
    ax.set_xlabel("PageRank (facts shared as weights)")
    ax.set_xlim(0, max(values) * 1.3)
    ax.set_title("Most central entities")
    kinds = list(dict.fromkeys(s.kind for s in scores))
    from matplotlib.patches import Patch

    ax.legend(handles=[Patch(color=_KIND_COLOURS.get(k, "#7f7f7f"), label=kind_name(k)) for k in kinds],
              loc="lower right", fontsize=8, frameon=False)
    return fig


def timeline_chart(analysis: Analysis) -> Figure | None:
    """Stacked bars: dated facts per period, by kind. ``None`` when no fact is dated."""
    frame = analysis.timeline
    if frame.empty:
        return None
    fig = _figure(max(6, 0.45 * len(frame) + 2), 3.8)
    ax = fig.add_subplot()
    bottom = [0] * len(frame)
    x = range(len(frame))
    for kind in frame.columns:
        values = [int(v) for v in frame[kind]]
        ax.bar(x, values, bottom=bottom, label=kind_name(kind), color=_KIND_COLOURS.get(kind))
        bottom = [b + v for b, v in zip(bottom, values)]
    ax.set_xticks(list(x), [_short(p, 12) for p in frame.index], rotation=45, ha="right", fontsize=8)
    ax.set_ylabel("facts")
    ax.yaxis.get_major_locator().set_params(integer=True)
    freq = analysis.parameters.get("timeline_freq", "quarter")
    ax.set_title(f"Dated deals, disputes and acquisitions per {freq}")
    ax.legend(fontsize=8, frameon=False, loc="upper left", bbox_to_anchor=(1.0, 1.0))
    return fig


def network_chart(analysis: Analysis) -> Figure | None:
    """A map of the most central entities and the facts between them.

    Node size follows PageRank, colour the entity's kind; edge width follows
    the number of facts. ``None`` when fewer than two of them are linked.
    """
    import networkx as nx

    if not analysis.core:
        return None
    G = nx.Graph()
    for s in analysis.centrality:
        G.add_node(s.node, label=s.label, kind=s.kind, pagerank=s.pagerank)
    for u, v, w, kind in analysis.core:
        G.add_edge(u, v, weight=w, kind=kind)
    G.remove_nodes_from([n for n in list(G) if G.degree(n) == 0])
    fig = _figure(9, 7)
    ax = fig.add_subplot()
    pos = nx.spring_layout(G, seed=0, weight="weight", k=1.6 / max(1, len(G)) ** 0.5)
    top = max(d["pagerank"] for _, d in G.nodes(data=True))
    # Disputes in red: the one distinction a reader looks for first.
    nx.draw_networkx_edges(G, pos, ax=ax, width=[0.8 + d["weight"] for *_, d in G.edges(data=True)],
                           edge_color=["#d62728" if "Dispute" in d["kind"] else "#999999"
                                       for *_, d in G.edges(data=True)], alpha=0.7)
    nx.draw_networkx_nodes(G, pos, ax=ax, node_size=[200 + 1800 * d["pagerank"] / top for _, d in G.nodes(data=True)],
                           node_color=[_KIND_COLOURS.get(d["kind"], "#7f7f7f") for _, d in G.nodes(data=True)])
    nx.draw_networkx_labels(G, pos, ax=ax, labels={n: _short(d["label"], 30) for n, d in G.nodes(data=True)}, font_size=8)
    ax.set_title("Who is linked to whom (the most central entities)")
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch

    kinds = sorted({d["kind"] for _, d in G.nodes(data=True)})
    handles = [Patch(color=_KIND_COLOURS.get(k, "#7f7f7f"), label=kind_name(k)) for k in kinds]
    handles += [Line2D([], [], color="#d62728", label="dispute"), Line2D([], [], color="#999999", label="other facts")]
    ax.legend(handles=handles, loc="lower left", fontsize=8, frameon=False)
    ax.set_axis_off()
    return fig


def _png(fig: Figure) -> bytes:
    buf = io.BytesIO()
    with warnings.catch_warnings():
        # Names in scripts the bundled font lacks (CJK, emoji) draw as boxes;
        # matplotlib warns once per glyph, which is only noise on a build.
        warnings.filterwarnings("ignore", message="Glyph .* missing from font")
        fig.savefig(buf, format="png")
    return buf.getvalue()


def _short(label: str, width: int = 40) -> str:
    """A name for a chart: one line, at most ``width`` characters."""
    flat = " ".join(str(label).split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


# --- markdown ---------------------------------------------------------------------


def _n(count: int, word: str, plural: str | None = None) -> str:
    """``_n(1, "dispute")`` -> "1 dispute"; ``_n(2, "dispute")`` -> "2 disputes"."""
    return f"{count} {word if count == 1 else plural or word + 's'}"


def _join(names: Sequence[str], limit: int = 6) -> str:
    shown = list(names[:limit])
    return ", ".join(shown) + (f" and {len(names) - limit} more" if len(names) > limit else "")


def _community_line(i: int, c: Community) -> str:
    return f"{i}. **{c.size} entities**: {md(_join(c.labels, 10))}"


def render_markdown(analysis: Analysis, charts: Iterable[str] = ()) -> str:
    """The text of report.md; ``charts`` names the PNG files written beside it."""
    charts = set(charts)
    s = analysis.summary
    out: list[str] = ["# Music-business briefing", ""]
    facts_by_kind = ", ".join(f"{n} {kind_name(k)}" for k, n in s.get("facts_by_kind", {}).items())
    ents_by_kind = ", ".join(f"{n} {kind_name(k)}" for k, n in s.get("entities_by_kind", {}).items())
    out += [
        f"Read from **{s.get('articles', 0)} articles**: **{s.get('entities', 0)} entities** "
        f"({md(ents_by_kind) or 'none'}) and **{s.get('facts', 0)} facts** ({md(facts_by_kind) or 'none'}).",
        "",
        "## Summary",
        "",
    ]
    bullets = []
    if analysis.centrality:
        top = analysis.centrality[:3]
        bullets.append("Most central: " + ", ".join(
            f"**{md(c.label)}** ({kind_name(c.kind)}, {c.degree} partners)" for c in top) + ".")
    if analysis.disputes:
        n_disputes = s.get("facts_by_kind", {}).get("Dispute", 0)
        sued: Counter[str] = Counter()
        suing: Counter[str] = Counter()
        alleged: Counter[str] = Counter()
        for d in analysis.disputes:
            sued[d.respondent_label] += d.count
            suing[d.claimant_label] += d.count
            alleged.update(dict(d.allegations))
        most = lambda c: ", ".join(f"**{md(k)}** ({v})" for k, v in sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))[:3])  # noqa: E731
        over = f"; most alleged: {md(', '.join(a for a, _ in alleged.most_common(3)))}" if alleged else ""
        bullets.append(f"{_n(n_disputes, 'dispute')}. Most often the respondent: {most(sued)}; "
                       f"most often the claimant: {most(suing)}{over}.")
    if analysis.deals:
        kinds = {r.kind for r in analysis.deals}
        n_acq = sum(r.kind == "Acquisition" for r in analysis.deals)
        latest = next((r for r in analysis.deals if r.date), analysis.deals[0])
        when = f" ({md(latest.date)})" if latest.date else ""
        bullets.append(
            f"{_n(len(analysis.deals) - n_acq, 'agreement')} and {_n(n_acq, 'acquisition')}; latest: "
            f"{kind_name(latest.kind)} of {md(_join(latest.parties, 4))}{when}." if kinds else "")
    if analysis.communities:
        c = analysis.communities[0]
        bullets.append(f"{_n(len(analysis.communities), 'group')} of linked entities; the largest ({c.size}) "
                       f"centres on {md(_join(c.labels, 3))}.")
    if not analysis.timeline.empty:
        totals = analysis.timeline.sum(axis=1)
        busiest = totals.idxmax()
        bullets.append(f"Busiest {analysis.parameters.get('timeline_freq', 'quarter')}: "
                       f"{md(busiest)} ({_n(int(totals.max()), 'dated fact')}).")
    if s.get("components", 0) > 1:
        bullets.append(f"The graph falls into {s['components']} separate parts; the largest links "
                       f"{s.get('largest_component', 0)} of {s.get('connected_entities', 0)} connected entities.")
    out += [f"- {b}" for b in bullets if b] or ["- The graph holds no facts yet."]

    out += ["", "## Most central entities", ""]
    if CENTRALITY_PNG in charts:
        out += [f"![Most central entities by PageRank]({CENTRALITY_PNG})", ""]
    if analysis.centrality:
        out += _table(
            ["Rank", "Entity", "Kind", "Partners", "PageRank", "Betweenness"],
            [(i, c.label, kind_name(c.kind), c.degree, f"{c.pagerank:.3f}", f"{c.betweenness:.3f}")
             for i, c in enumerate(analysis.centrality, 1)],
            "rllrrr",
        )
        out += ["", f"_Partners: distinct entities linked by any fact. Betweenness: "
                    f"{md(analysis.parameters.get('betweenness', 'exact'))}._"]
    else:
        out += ["No entities."]
    if NETWORK_PNG in charts:
        out += ["", f"![Links between the most central entities]({NETWORK_PNG})"]

    out += ["", "## Disputes", ""]
    if analysis.disputes:
        rows = analysis.disputes[:MAX_ROWS]
        out += _table(
            ["Claimant", "Respondent", "Disputes", "Allegations", "Status"],
            [(d.claimant_label, d.respondent_label, d.count,
              ", ".join(f"{a} ({n})" if n > 1 else a for a, n in d.allegations) or "-",
              ", ".join(d.statuses) or "-") for d in rows],
            "llrll",
        )
        out += _more(len(analysis.disputes), len(rows), "pairs")
    else:
        out += ["No disputes found."]

    out += ["", "## Deals", ""]
    if analysis.deals:
        rows = analysis.deals[:MAX_ROWS]
        out += _table(
            ["Date", "Kind", "Parties", "Status"],
            [(r.date or "-", kind_name(r.kind), _join(r.parties), r.status or "-") for r in rows],
        )
        out += _more(len(analysis.deals), len(rows), "deals")
    else:
        out += ["No agreements or acquisitions found."]
    matrix = analysis.deal_matrix
    if not matrix.empty:
        cols = list(matrix.columns[:8])
        out += ["", "### Label × platform agreements", ""]
        out += _table(["Label", *cols], [(lab, *(int(row[c]) or "" for c in cols))
                                          for lab, row in matrix.head(MAX_ROWS).iterrows()],
                      "l" + "r" * len(cols))
        out += _more(len(matrix), min(len(matrix), MAX_ROWS), "labels")

    out += ["", "## Most connected executives", ""]
    if analysis.executives:
        out += _table(
            ["Person", "Works for", "Title", "Connections"],
            [(e.label, _join(e.organizations), "; ".join(e.titles) or "-", e.degree) for e in analysis.executives],
            "lllr",
        )
    else:
        out += ["No executives found."]

    out += ["", "## Communities", ""]
    if analysis.communities:
        shown = analysis.communities[:8]
        out += [_community_line(i, c) for i, c in enumerate(shown, 1)]
        out += _more(len(analysis.communities), len(shown), "communities")
    else:
        out += ["No groups of linked entities."]

    freq = analysis.parameters.get("timeline_freq", "quarter")
    out += ["", "## Over time", ""]
    if TIMELINE_PNG in charts:
        out += [f"![Dated facts per {freq}]({TIMELINE_PNG})", ""]
    frame = analysis.timeline
    if not frame.empty:
        busy = frame[frame.sum(axis=1) > 0]
        out += _table([freq.capitalize(), *[kind_name(k) for k in frame.columns], "Total"],
                      [(p, *(int(v) or "" for v in row), int(row.sum())) for p, row in busy.iterrows()],
                      "l" + "r" * (len(frame.columns) + 1))
    undated, by_report = s.get("undated_facts", 0), s.get("facts_placed_by_report", 0)
    notes = []
    if by_report:
        one = by_report == 1
        notes.append(f"{_n(by_report, 'fact')} with no date of {'its' if one else 'their'} own "
                     f"{'is' if one else 'are'} placed by when the news first reported {'it' if one else 'them'}")
    if undated:
        notes.append(f"{_n(undated, 'deal, dispute or acquisition', 'deals, disputes or acquisitions')} "
                     f"with no date (or only a year) {'is' if undated == 1 else 'are'} not shown")
    if notes:
        out += ["", "_" + "; ".join(notes) + "._"]
    if frame.empty and not undated:
        out += ["No dated facts."]
    return "\n".join(out).rstrip() + "\n"


# --- writing ------------------------------------------------------------------------


def write_report(analysis: Analysis, out_dir: str | os.PathLike) -> list[Path]:
    """Write report.md and its charts into ``out_dir``.

    Parameters
    ----------
    analysis : kg.analyze.Analysis
    out_dir : path
        The directory (created if missing). The caller chooses it: the build
        passes its staging directory.

    Returns
    -------
    list of Path
        The files written: the PNG charts there is data for, then report.md.
        Each is written whole (temporary file, then rename) or not at all.

    Raises
    ------
    OutputError
        ``out_dir`` cannot be written.
    """
    out = Path(out_dir)
    written: list[Path] = []
    try:
        out.mkdir(parents=True, exist_ok=True)
        charts = {CENTRALITY_PNG: centrality_chart(analysis), NETWORK_PNG: network_chart(analysis),
                  TIMELINE_PNG: timeline_chart(analysis)}
        for name, fig in charts.items():
            if fig is not None:
                write_atomic(out / name, _png(fig))
                written.append(out / name)
        text = render_markdown(analysis, charts=[p.name for p in written])
        write_atomic(out / REPORT_NAME, text.encode("utf-8"))
        written.append(out / REPORT_NAME)
    except OSError as exc:
        raise OutputError(f"cannot write the report: {exc.strerror or exc}", path=out) from exc
    return written
