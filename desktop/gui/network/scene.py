"""The map as a QGraphicsScene: me on the left, the target on the right, the people between in columns.

Edge strength is line weight; the best intro paths are drawn in the accent colour. Every node has a
tooltip (who, and why they are on the map); a click on a person asks to open them.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QPalette, QPen
from PySide6.QtWidgets import (
    QGraphicsEllipseItem,
    QGraphicsLineItem,
    QGraphicsScene,
    QGraphicsSceneMouseEvent,
    QGraphicsSimpleTextItem,
    QWidget,
)

from desktop.core.network import COMPANY, ME, MapNode, NetworkMap
from desktop.gui.kit.formatting import tooltip_text
from desktop.gui.kit.i18n import tr

RADIUS = 9
COLUMN_GAP = 170
ROW_GAP = 34
PER_COLUMN = 20


class NodeItem(QGraphicsEllipseItem):
    def __init__(self, node: MapNode, at: QPointF, radius: float, on_click: Callable[[int], None]) -> None:
        super().__init__(QRectF(-radius, -radius, radius * 2, radius * 2))
        self.node, self._on_click = node, on_click
        self.setPos(at)
        self.setAcceptHoverEvents(True)
        self.setZValue(2)
        if node.id > 0:
            self.setCursor(Qt.CursorShape.PointingHandCursor)

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.node.id > 0:
            self._on_click(self.node.id)
            event.accept()
            return
        super().mousePressEvent(event)


def node_tooltip(node: MapNode, target_name: str) -> str:
    why = {
        "me": tr("You"),
        "mutual": tr("You know them, and they know {target}").format(target=target_name),
        "connection": tr("On a way to {target}").format(target=target_name),
        "target": tr("The person you want to reach"),
        "colleague": tr("Works at {target}").format(target=target_name),
        "company": tr("The company you want to reach"),
    }[node.kind]
    return "\n".join(filter(None, [node.name, node.detail, why]))


class MapScene(QGraphicsScene):
    def __init__(self, palette: QPalette, on_click: Callable[[int], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._palette, self._on_click = palette, on_click
        self.nodes: dict[int, NodeItem] = {}
        self.edges: dict[tuple[int, int], QGraphicsLineItem] = {}
        self.highlighted: set[tuple[int, int]] = set()

    def draw(self, network: NetworkMap) -> None:
        self.clear()
        self.nodes.clear()
        self.edges.clear()
        self.highlighted.clear()
        text = self._palette.color(QPalette.ColorRole.WindowText)
        muted = self._palette.color(QPalette.ColorRole.PlaceholderText)
        accent = self._palette.color(QPalette.ColorRole.Highlight)
        base = self._palette.color(QPalette.ColorRole.Base)
        positions = self._layout(network)
        target_name = network.nodes[network.target].name
        for node in network.nodes.values():
            big = node.kind in ("me", "target", "company")
            item = NodeItem(node, positions[node.id], RADIUS * (1.6 if big else 1.0), self._on_click)
            fill = accent if big else base
            item.setBrush(QBrush(fill))
            item.setPen(QPen(text, 1.5))
            item.setToolTip(tooltip_text(node_tooltip(node, target_name)) or "")
            self.addItem(item)
            self.nodes[node.id] = item
            label = QGraphicsSimpleTextItem(node.name if node.id != ME else tr("You"))
            label.setBrush(QBrush(text))
            label.setPos(
                positions[node.id] + QPointF(-label.boundingRect().width() / 2, RADIUS * (1.8 if big else 1.2))
            )
            label.setZValue(3)
            self.addItem(label)
        for edge in network.edges:
            a, b = positions[edge.a], positions[edge.b]
            line = QGraphicsLineItem(a.x(), a.y(), b.x(), b.y())
            line.setPen(QPen(muted, 0.8 + edge.strength * 1.2))
            line.setToolTip(tooltip_text(self._edge_tip(network, edge.a, edge.b, edge.strength)) or "")
            line.setZValue(1)
            self.addItem(line)
            self.edges[(min(edge.a, edge.b), max(edge.a, edge.b))] = line
        for way in network.paths:
            steps = [ME, *way.path] + ([COMPANY] if network.target == COMPANY else [])
            for start, end in zip(steps, steps[1:], strict=False):
                key = (min(start, end), max(start, end))
                drawn = self.edges.get(key)
                if drawn is not None:
                    pen = QPen(drawn.pen())
                    pen.setColor(accent)
                    pen.setWidthF(pen.widthF() + 1.5)
                    drawn.setPen(pen)
                    drawn.setZValue(1.5)
                    self.highlighted.add(key)

    @staticmethod
    def _edge_tip(network: NetworkMap, a: int, b: int, strength: int) -> str:
        words = {1: tr("weak"), 2: tr("medium"), 3: tr("strong")}
        names = [network.nodes[x].name if x != ME else tr("You") for x in (a, b)]
        return f"{names[0]} — {names[1]}: {words.get(strength, str(strength))}"

    @staticmethod
    def _layout(network: NetworkMap) -> dict[int, QPointF]:
        """Me at x 0, the target at the right; the people between by their step from me (on a path) or as
        mutuals/colleagues in columns of ``PER_COLUMN``."""
        steps: dict[int, int] = {}
        for way in network.paths:
            for index, pid in enumerate(way.path):
                steps.setdefault(pid, index + 1)
        middle = [n.id for n in network.nodes.values() if n.kind in ("mutual", "colleague", "connection")]
        by_step: dict[int, list[int]] = {}
        for pid in middle:
            if network.target == COMPANY and network.nodes[pid].kind == "colleague":
                step = 3
            else:
                step = steps.get(pid, 1)
            by_step.setdefault(step, []).append(pid)
        columns: list[list[int]] = []
        for step in sorted(by_step):
            people = sorted(by_step[step], key=lambda pid: network.nodes[pid].name.casefold())
            columns += [people[i : i + PER_COLUMN] for i in range(0, len(people), PER_COLUMN)]
        positions = {ME: QPointF(0, 0)}
        for number, column in enumerate(columns):
            x = (number + 1) * COLUMN_GAP
            top = -(len(column) - 1) * ROW_GAP / 2
            for row, pid in enumerate(column):
                wobble = 12 * math.sin(row)  # labels of neighbours do not line up into one block
                positions[pid] = QPointF(x + wobble, top + row * ROW_GAP)
        positions[network.target] = QPointF((len(columns) + 1) * COLUMN_GAP, 0)
        return positions
