"""The network as a rich tree for the terminal and the workshop: per connector their links."""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING

from verbinder.i18n import t
from verbinder.render import labels
from verbinder.render.graph.style import kind_colours, one_line

if TYPE_CHECKING:
    from rich.tree import Tree

    from verbinder.analysis.links import Analysis, LinkAssessment


def to_tree(analysis: Analysis, lang: str) -> Tree:
    """A rich tree for the workshop: per connector their links, grouped by type and position.

    Connectors with the most links come first; links nobody makes yet hang under "no connector yet", last.
    Every actor has a bullet in its kind's colour; a link's topic stands dimmed under its ends.
    """
    from rich.markup import escape
    from rich.tree import Tree

    model = analysis.model
    actors = model.actor_index()
    colours = kind_colours(model)

    def who(actor_id: str) -> str:
        actor = actors[actor_id]
        return f"[{colours.get(actor.kind, 'default')}]●[/]\u00a0{escape(actor.name)}"  # the bullet stays with the name

    def count(n: int) -> str:
        text = t("graph.links", lang, count=n)
        return text.replace(" ", "\u00a0")  # never split "4 links" over two lines

    by_via: dict[str | None, list[LinkAssessment]] = defaultdict(list)
    for a in analysis.links:
        by_via[a.link.via].append(a)
    order = sorted((v for v in by_via if v is not None), key=lambda v: (-len(by_via[v]), actors[v].name.lower()))
    root = Tree(f"[bold]{escape(model.name)}[/bold]", guide_style="dim")
    for via in [*order, None]:
        links = by_via.get(via)
        if not links:
            continue
        if via is None:
            branch = root.add(f"[bold yellow]{t('label.no_connector', lang)}[/] [dim]· {count(len(links))}[/dim]")
        else:
            actor = actors[via]
            facts = [labels.kind(actor.kind, model, lang)]
            if actor.kopgroep:
                facts.append(t("graph.kopgroep", lang))
            branch = root.add(f"[bold]{who(via)}[/bold] [dim]· {escape(', '.join(facts))} · {count(len(links))}[/dim]")
        groups: dict[tuple[str, str | None], list[LinkAssessment]] = defaultdict(list)
        for a in links:
            groups[(a.type.value, a.position.value if a.position else None)].append(a)
        for (ltype, pos), members in groups.items():
            head = labels.link_type(ltype, lang) + (f" · {labels.position(pos, lang)}" if pos else "")
            group = branch.add(f"[bold]{head}[/bold]")
            for a in members:
                line = f"{who(a.link.from_)} → {who(a.link.to)}"
                if a.link.tension.value != "low":
                    tension = t("label.tension", lang, value=labels.tension(a.link.tension.value, lang))
                    line += f" [bold]({tension})[/bold]"
                if a.link.topic:
                    line += f"\n[dim]{escape(one_line(a.link.topic))}[/dim]"
                group.add(line)
    return root
