"""Take the game section's screenshots offscreen: a choice challenge in play with the
countdown, a level passed and a level failed.

    QT_QPA_PLATFORM=offscreen python docs/screenshots/capture_game.py

The page is shown in the real ``ModuleViewer`` (1100x720) over the tests' in-memory session
(``tests.desktop.test_viewer.FakeSession``).
Writes ``phase2-game-*.png`` next to this file.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
OUT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SIZE = (1100, 720)
INTRO = (
    "Soldering and bench safety, as a game. Pick a level: **Warm-up** has no clock; "
    "**Against the clock** gives you 45 seconds for everything."
)
GAME: dict[str, Any] = {
    "game_type": "mixed",
    "difficulty_levels": [
        {
            "name": "Warm-up",
            "pass_score": 70,
            "challenges": [
                {
                    "kind": "choice",
                    "id": "iron",
                    "prompt": "Which tool joins two wires with molten metal?",
                    "options": ["Multimeter", "Soldering iron", "Oscilloscope", "Wire stripper"],
                    "correct": 1,
                    "explanation": "The iron melts the solder; the solder joins the wires.",
                },
                {
                    "kind": "order",
                    "id": "joint",
                    "prompt": "Put the steps of a solder joint in order.",
                    "items": [
                        "Heat the pad and the lead",
                        "Feed solder into the joint",
                        "Take the solder away",
                        "Take the iron away",
                    ],
                },
                {
                    "kind": "match",
                    "id": "meters",
                    "prompt": "Match each instrument to what it shows.",
                    "pairs": [
                        {"left": "Multimeter", "right": "Voltage and resistance"},
                        {"left": "Oscilloscope", "right": "A signal over time"},
                        {"left": "Thermocouple", "right": "Temperature"},
                    ],
                },
            ],
        },
        {
            "name": "Against the clock",
            "time_limit": 45,
            "pass_score": 80,
            "challenges": [
                {
                    "kind": "choice",
                    "id": "bench",
                    "prompt": "The bench below: which **two** things are unsafe?",
                    "options": [
                        "The iron lies on the mat, not in its stand",
                        "Safety glasses are on",
                        "Flux fumes go straight up to the face",
                        "The fume extractor is switched on",
                    ],
                    "correct": [0, 2],
                    "image": True,
                    "explanation": "An iron belongs in its stand; fumes go to the extractor.",
                },
                {
                    "kind": "choice",
                    "id": "tin",
                    "prompt": "Why tin the iron's tip before a joint?",
                    "options": [
                        "It carries heat into the joint",
                        "It makes the joint shiny",
                        "It cools the tip",
                    ],
                    "correct": 0,
                },
            ],
        },
    ],
}


def bench_picture(path: Path) -> Path:
    """A small drawing of a bench: an iron off its stand and fumes rising to a face."""
    from PySide6.QtCore import QPointF, QRectF, Qt
    from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen

    image = QImage(520, 200, QImage.Format.Format_RGB32)
    image.fill(QColor("#f4f1ea"))
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.fillRect(QRectF(0, 150, 520, 50), QColor("#8d6e63"))  # the bench
    p.fillRect(QRectF(40, 138, 200, 12), QColor("#37474f"))  # the mat
    p.setPen(QPen(QColor("#455a64"), 10, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    p.drawLine(QPointF(70, 130), QPointF(200, 126))  # the iron, lying down
    p.setPen(QPen(QColor("#e64a19"), 6, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    p.drawLine(QPointF(200, 126), QPointF(232, 125))  # its hot tip
    p.setPen(QPen(QColor("#78909c"), 4))
    p.drawRect(QRectF(300, 110, 40, 40))  # the empty stand
    p.setPen(QPen(QColor("#9e9e9e"), 3, Qt.PenStyle.DashLine))
    for x in (380, 400, 420):
        p.drawLine(QPointF(x, 140), QPointF(x + 20, 40))  # fumes
    p.setBrush(QColor("#ffcc80"))
    p.setPen(Qt.PenStyle.NoPen)
    p.drawEllipse(QRectF(420, 10, 50, 50))  # a face above
    p.setPen(QColor("#212121"))
    p.setFont(QFont("Sans", 11))
    p.drawText(QRectF(300, 155, 60, 30), Qt.AlignmentFlag.AlignCenter, "stand")
    p.drawText(QRectF(90, 155, 100, 30), Qt.AlignmentFlag.AlignCenter, "iron")
    p.end()
    image.save(str(path))
    return path


def main() -> None:
    from PySide6.QtWidgets import QApplication

    from desktop.viewer import ModuleViewer, ViewerTiming
    from desktop.viewer.sections.game import ChoiceBoard, GameSectionView, MatchBoard, OrderBoard
    from local_store.records import ModuleRecord, SectionRecord
    from sync.rules.section_config import ChoiceChallenge, MatchChallenge, OrderChallenge
    from tests.desktop.test_viewer import FakeSession

    app = QApplication.instance() or QApplication(sys.argv)
    from desktop import theme

    theme.apply_theme(app, "light")  # the look the app starts with
    with tempfile.TemporaryDirectory(prefix="frames-game-shots-") as tmp:
        picture = bench_picture(Path(tmp) / "bench.png")
        sections = (
            SectionRecord(1, "text", "Read this first.", title="Bench safety"),
            SectionRecord(
                2, "game", INTRO, title="Soldering quiz", section_config=GAME, media_url="x"
            ),
        )
        module = ModuleRecord(module_id="solder", title="Soldering basics", sections=sections)
        session = FakeSession(module=module, media={2: picture})
        viewer = ModuleViewer(module, session, timing=ViewerTiming(read_seconds=3600))
        viewer.resize(*SIZE)
        viewer.show()
        viewer.activateWindow()
        viewer.show_section(2)
        view = viewer.views[2]
        assert isinstance(view, GameSectionView)

        def settle(ms: int = 300) -> None:
            from PySide6.QtCore import QEventLoop, QTimer

            loop = QEventLoop()
            QTimer.singleShot(ms, loop.quit)
            loop.exec()

        def save(name: str) -> None:
            settle()
            viewer.grab().save(str(OUT / name))
            sys.stdout.write(f"wrote {name}\n")

        def play(right: bool) -> None:
            """Play the level to its end: everything right, or only the choices."""
            while view.playing:
                board = view.board
                assert board is not None
                right = right or isinstance(board, ChoiceBoard)
                challenge = board.plan.challenge
                if isinstance(board, ChoiceBoard) and isinstance(challenge, ChoiceChallenge):
                    picks = set(challenge.answer) if right else {len(challenge.options) - 1}
                    if board.multiple:
                        for i in picks:
                            board.buttons[i].click()
                        board.submit()
                    else:
                        board.buttons[min(picks)].click()
                elif isinstance(board, OrderBoard) and isinstance(challenge, OrderChallenge):
                    if right:
                        board.items = list(challenge.items)
                    board.submit()
                elif isinstance(board, MatchBoard) and isinstance(challenge, MatchChallenge):
                    rights = [pair.right for pair in challenge.pairs]
                    if not right:  # the last two swapped
                        rights[-2:] = rights[:-3:-1]
                    for pair, chosen in zip(challenge.pairs, rights, strict=True):
                        board.pick_left(board.lefts.index(pair.left))
                        board.pick_right(board.rights.index(chosen))
                    board.submit()
                if view.playing:
                    view.next_challenge()
            view.next_challenge()

        # in play: the timed level's picture question, part answered, the clock running
        view.new_seed = lambda: 3
        view.level_buttons[1].click()
        view.start(1)
        if not isinstance(view.board, ChoiceBoard) or not view.board.multiple:
            view.board.buttons[0].click()  # type: ignore[union-attr]
            view.next_challenge()
        settle(1300)
        assert isinstance(view.board, ChoiceBoard)
        view.board.buttons[0].click()
        save("phase2-game-play.png")

        # failed: the warm-up with wrong answers
        play(right=True)
        view.choose_level()
        view.level_buttons[0].click()
        view.start(0)
        play(right=False)
        save("phase2-game-failed.png")

        # passed: Retry, everything right
        view.retry()
        play(right=True)
        save("phase2-game-passed.png")
        viewer.shutdown()
    app.processEvents()


if __name__ == "__main__":
    main()
