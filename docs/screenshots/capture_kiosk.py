"""Take the kiosk's screenshots under Xvfb, in a real full-screen window.

    xvfb-run -a -s "-screen 0 1280x800x24" python docs/screenshots/capture_kiosk.py

Runs the demo server in a child process, starts ``frames-desktop --kiosk`` (the real app),
enrols it as the demo faculty member, and captures: enrolment, the student picker (and a
search), the PIN pad (a wrong PIN), a signed-in student and a checklist in a module, a
link shown instead of opened, the idle countdown, a wrong-PIN lockout, the staff page and
its own lockout after wrong exit PINs. Writes ``kiosk-*.png`` next to this file.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from capture import save_screen, settle, wait  # noqa: E402

EXIT_PIN = "258013"


def kiosk_shots(url: str, data: Path) -> None:
    from desktop.app import start
    from desktop.demo import DEMO_PASSWORD
    from sync.client import kiosk as kiosk_ops

    app = start(["--kiosk", "--data-dir", str(data / "kiosk"), "--server", url])
    window = app.window
    settle(0.8)
    page = window.enrol_page
    page.email.setText("faculty@frames.demo")
    page.password.setText(DEMO_PASSWORD)
    page.name.setText("Orientation tablet 3")
    page.exit_pin.setText(EXIT_PIN)
    page.exit_pin_again.setText(EXIT_PIN)
    save_screen(window, "kiosk-enrol.png")
    page.enrol()
    wait(lambda: window.pages.currentWidget() is window.picker, timeout=120)
    wait(lambda: len(window.picker.buttons) >= 5, timeout=120)
    wait(
        lambda: app.ctx.sync.status is not None and not app.ctx.sync.status.syncing,
        timeout=120,
    )
    window.picker.reload()
    save_screen(window, "kiosk-picker.png")
    window.picker.search.setText("ch")
    save_screen(window, "kiosk-picker-search.png")
    window.picker.search.clear()

    window._chosen("demo-stu-chloe")
    window.pin_page.pad.type_pin("123456")
    window.pin_page.pad.submitted.emit(window.pin_page.pad.pin)
    wait(lambda: not window.pin_page.pad.checking)
    window.pin_page.pad.type_pin("333")
    save_screen(window, "kiosk-pin.png")
    window.pin_page.pad.clear()
    window.pin_page.submit("333333")  # the demo's PIN for Chloe
    wait(lambda: window.pages.currentWidget() is window.home)
    save_screen(window, "kiosk-student.png")
    window.open_module("lab-safety-101")
    window.viewer.go_next()
    window.viewer.go_next()
    window.viewer.go_next()
    window.viewer.go_next()
    next(iter(window.viewer.views[5].boxes.values())).click()
    save_screen(window, "kiosk-module.png")
    window.open_link("https://wiki.example.edu/lab-safety/ppe")  # as a link in a module would
    save_screen(window, "kiosk-link.png")
    window.link_notice.hide()
    window.viewer.back_requested.emit()
    window.countdown.show_seconds(27)
    save_screen(window, "kiosk-countdown.png")
    window.sign_out()

    window._chosen("demo-stu-ben")
    for _ in range(kiosk_ops.MAX_TRIES):
        window.pin_page.submit("000000")
        wait(lambda: not window.pin_page.pad.checking)
    save_screen(window, "kiosk-locked.png")
    window.show_picker()

    window.show_staff()
    window.staff_page.unlock(EXIT_PIN)
    wait(lambda: window.staff_page.unlocked)
    save_screen(window, "kiosk-staff.png")
    window.show_picker()

    window.show_staff()
    for _ in range(kiosk_ops.MAX_TRIES):
        window.staff_page.unlock("123456")
        wait(lambda: not window.staff_page.pad.checking)
    save_screen(window, "kiosk-staff-locked.png")
    window.exit_kiosk()
    app.close()


def main() -> None:
    from desktop.app import _qapp
    from desktop.demo import DemoServer

    with tempfile.TemporaryDirectory(prefix="frames-kiosk-shots-") as tmp:
        data = Path(tmp)
        # the kiosk's key (no keyring under Xvfb) goes with the rest, not to ~/.config
        os.environ["FRAMES_SECRETS_DIR"] = str(data / "secrets")
        server = DemoServer(data / "server")
        server.spawn()
        try:
            url = server.wait_ready()
            _qapp()
            kiosk_shots(url, data)
        finally:
            server.stop()


if __name__ == "__main__":
    main()
