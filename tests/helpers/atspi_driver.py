#!/usr/bin/python3
"""Drive the kiosk through AT-SPI, as a screen reader or switch device would.

Runs under the SYSTEM Python (/usr/bin/python3) with Debian's python3-pyatspi; the
kiosk's venv cannot import pyatspi (it needs PyGObject + the Atspi typelib). The test
side (tests/helpers/atspi.py) starts this file as a subprocess and talks JSON with it,
as a screen reader would talk to the kiosk: from another process, over AT-SPI.

Environment (inherited from the harness): DBUS_SESSION_BUS_ADDRESS of the PRIVATE
session bus, and DISPLAY of the Xvfb. libatspi finds the accessibility bus from
$AT_SPI_BUS_ADDRESS, else the AT_SPI_BUS property of the X root window, else by asking
org.a11y.Bus.GetAddress on the session bus; the harness sets AT_SPI_BUS_ADDRESS
explicitly so there is no guessing.

Controls are found by accessible id. Qt 6 builds it from the objectName of the widget
and of every ancestor (class name for an unnamed one), joined with ".", starting at
"QApplication", e.g.
    QApplication.main-window.QStackedWidget.QWidget.QStackedWidget.screen-welcome.language-en
An id given here names the node's own segment, optionally preceded by some of its
ancestors' segments ("next", "screen-welcome.language-en",
"screen-last_name.key-d" for ...screen-last_name.OnScreenKeyboard.QWidget.key-d, or the
full path); see id_matches() for the other match modes. Hidden stacked screens are
in the tree too: by default only nodes in the SHOWING state count (and a subtree whose
root is not SHOWING is not walked: nothing under it can be showing).

Showing nodes are listed with ONE Collection.GetMatches call (Qt implements it), not by
walking the tree: ~2 ms instead of ~80 ms on a keyboard screen.

Pressing: run the action by NAME, "Press". QPushButton's "Press" is animateClick():
the click (and the screen change) happens ~100 ms AFTER doAction returns, so always
follow a press with a wait_* step. A checkable button (Qt role "check box": language
and answer buttons) lists "Toggle" FIRST: Toggle flips the checked state without
emitting clicked(), so the kiosk never hears of it and the screen lies. A disabled
button lists no action at all (doAction then fails with "No such object path").

Command line (every command prints one JSON object on stdout; exit code 0 ok, 1 failed):
    driver.py [--pid PID | --app NAME] [--timeout S] apps
    driver.py ... wait-app
    driver.py ... dump [--all] [--json] [--out FILE] [ID]
    driver.py ... find ID [--all] [--match path|suffix|exact|prefix]
    driver.py ... press ID [--action Press]
    driver.py ... wait-showing ID
    driver.py ... wait-gone ID
    driver.py ... text ID
    driver.py ... describe ID
    driver.py ... script            # JSON Lines steps on stdin, one JSON result line each

Script steps (one JSON object per line, or a JSON list on one line), e.g.
    {"op": "wait_app"}
    {"op": "wait_showing", "id": "screen-welcome"}
    {"op": "press", "id": "language-en"}
    {"op": "wait_text", "id": "next", "equals": "Start"}
    {"op": "wait_state", "id": "answer-allergy-no", "state": "checked"}
    {"op": "text", "id": "screen-welcome.QLabel"}
    {"op": "find", "id": "answer-", "match": "prefix"}
    {"op": "texts", "role": "label"}
    {"op": "describe", "id": "field-last_name"}
    {"op": "dump", "out": "/tmp/tree.txt"}          (also "all": true, "format": "json")
    {"op": "quit"}
Ops: wait_app, apps, find, wait_showing, wait_gone, press, text, texts, describe,
wait_text (equals / contains / differs), wait_state (state, "not"), dump, sleep, quit.
Every op that names a node takes id, role, name, match; waits take timeout (s).
Each result: {"op": ..., "ok": true, ...} or {"op": ..., "ok": false, "error": "..."}
plus "seconds"; a failed step does not end the script.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time

import gi

gi.require_version("Atspi", "2.0")
import pyatspi  # noqa: E402
from gi.repository import GLib  # noqa: E402

POLL_S = 0.05
DEFAULT_TIMEOUT_S = 10.0

# States worth printing, in this order (the full set is long and mostly noise).
STATES = (
    ("showing", pyatspi.STATE_SHOWING),
    ("visible", pyatspi.STATE_VISIBLE),
    ("enabled", pyatspi.STATE_ENABLED),
    ("sensitive", pyatspi.STATE_SENSITIVE),
    ("focusable", pyatspi.STATE_FOCUSABLE),
    ("focused", pyatspi.STATE_FOCUSED),
    ("checkable", pyatspi.STATE_CHECKABLE),
    ("checked", pyatspi.STATE_CHECKED),
    ("pressed", pyatspi.STATE_PRESSED),
    ("editable", pyatspi.STATE_EDITABLE),
    ("read-only", pyatspi.STATE_READ_ONLY),
    ("multi-line", pyatspi.STATE_MULTI_LINE),
    ("selectable", pyatspi.STATE_SELECTABLE),
    ("selected", pyatspi.STATE_SELECTED),
    ("default", pyatspi.STATE_IS_DEFAULT),
    ("invalid", pyatspi.STATE_INVALID_ENTRY),
)


class DriverError(Exception):
    pass


# -- reading nodes ---------------------------------------------------------------------


def node_id(node) -> str:
    try:
        return node.get_accessible_id() or ""
    except GLib.Error:
        return ""


def state_names(node) -> list[str]:
    state = node.getState()
    return [name for name, value in STATES if state.contains(value)]


def is_showing(node) -> bool:
    try:
        return node.getState().contains(pyatspi.STATE_SHOWING)
    except GLib.Error:  # the widget was deleted meanwhile
        return False


def actions(node) -> list[str]:
    try:
        action = node.queryAction()
    except NotImplementedError:
        return []
    return [action.getName(index) for index in range(action.nActions)]


def text_of(node) -> str:
    """What a screen reader reads: the Text interface's content when there is one (line
    edits), else the accessible name (Qt gives a QLabel's text as its name, and labels
    have no Text interface)."""
    try:
        text = node.queryText()
        return text.getText(0, -1)
    except NotImplementedError:
        return node.name or ""


def value_of(node):
    try:
        value = node.queryValue()
    except NotImplementedError:
        return None
    return {"current": value.currentValue, "min": value.minimumValue, "max": value.maximumValue}


def extents(node):
    try:
        box = node.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
    except NotImplementedError:
        return None
    return [box.x, box.y, box.width, box.height]


def relations(node) -> list[list[str]]:
    """[relation type, target id] pairs, e.g. ["labelled by", "...QLabel"]."""
    found = []
    for relation in node.getRelationSet():
        kind = relation.getRelationType().value_nick.replace("-", " ")
        for index in range(relation.getNTargets()):
            found.append([kind, node_id(relation.getTarget(index))])
    return found


def describe(node, full: bool = True) -> dict:
    info = {
        "role": node.getRoleName(),
        "name": node.name or "",
        "description": node.description or "",
        "id": node_id(node),
        "states": state_names(node),
        "actions": actions(node),
    }
    if full:
        info["interfaces"] = list(node.get_interfaces())
        info["extents"] = extents(node)
        info["relations"] = relations(node)
        if "Text" in info["interfaces"]:
            info["text"] = text_of(node)
        if "Value" in info["interfaces"]:
            info["value"] = value_of(node)
    return info


# -- finding nodes ---------------------------------------------------------------------


def id_matches(node_id: str, wanted: str, match: str = "path") -> bool:
    """match="path" (default): the wanted id's last segment is the node's own and its
    other segments are ancestors, in order, not necessarily adjacent:
    "screen-last_name.key-d" finds ...screen-last_name.OnScreenKeyboard.QWidget.key-d.
    "exact": the whole id. "suffix": the id ends with "." + wanted (adjacent segments).
    "prefix": the node's own segment starts with wanted ("answer-" = every answer)."""
    segments = node_id.split(".")
    if match == "exact":
        return node_id == wanted
    if match == "prefix":
        return segments[-1].startswith(wanted)
    if match == "suffix":
        return node_id == wanted or node_id.endswith("." + wanted)
    wanted_segments = wanted.split(".")
    if segments[-1] != wanted_segments[-1]:
        return False
    ancestors = iter(segments[:-1])
    return all(any(a == w for a in ancestors) for w in wanted_segments[:-1])


def walk(node, showing_only: bool = True):
    """Yield (depth, node) depth-first; below a non-SHOWING node nothing is SHOWING."""
    stack = [(0, node)]
    while stack:
        depth, current = stack.pop()
        if showing_only and depth > 0 and not is_showing(current):
            continue
        yield depth, current
        try:
            children = list(current)
        except GLib.Error:
            continue
        for child in reversed(children):
            if child is not None:
                stack.append((depth + 1, child))


def showing_nodes(app) -> list:
    """Every SHOWING node under app, in tree order. One Collection.GetMatches call when
    the app implements it (Qt 6 does: ~2 ms for the ~80 showing nodes of a keyboard
    screen, against ~80 ms for a walk that asks each node for its state and children);
    else the pruned walk."""
    if not os.environ.get("ATSPI_DRIVER_WALK"):
        try:
            collection = app.queryCollection()
            states = pyatspi.StateSet()
            states.add(pyatspi.STATE_SHOWING)
            none = collection.MATCH_NONE
            rule = collection.createMatchRule(
                states.raw(), collection.MATCH_ALL, "", none, "", none, "", none, False
            )
            return list(collection.getMatches(rule, collection.SORT_ORDER_CANONICAL, 0, True))
        except (NotImplementedError, GLib.Error):
            pass
    return [node for depth, node in walk(app) if depth > 0]


def find_showing(app, accessible_id=None, role=None, name=None, match="path", showing=True):
    """Every node under `app` matching all the criteria given (and SHOWING unless
    showing=False). role is a role name as pyatspi prints it ("push button")."""
    # Belt and braces: screens rebuild their buttons, and a stale children list would
    # hide them. With libatspi 2.46 and Qt 6.11 the journey passes without it too.
    app.clear_cache()
    if showing:
        candidates = showing_nodes(app)
    else:
        candidates = [node for depth, node in walk(app, showing_only=False) if depth > 0]
    found = []
    for node in candidates:
        try:
            if accessible_id is not None and not id_matches(node_id(node), accessible_id, match):
                continue
            if role is not None and node.getRoleName() != role:
                continue
            if name is not None and (node.name or "") != name:
                continue
        except GLib.Error:  # deleted meanwhile
            continue
        found.append(node)
    return found


def find_one(app, accessible_id=None, role=None, name=None, match="path"):
    nodes = find_showing(app, accessible_id, role, name, match)
    if len(nodes) != 1:
        what = {"id": accessible_id, "role": role, "name": name}
        listed = [node_id(node) for node in nodes]
        raise DriverError(f"expected one showing node for {what}, found {len(nodes)}: {listed}")
    return nodes[0]


def wait_until(predicate, timeout: float, what: str):
    """Poll predicate() until it returns something truthy; return (value, seconds)."""
    start = time.monotonic()
    last_error = None
    while True:
        try:
            value = predicate()
            if value:
                return value, time.monotonic() - start
        except (DriverError, GLib.Error) as error:
            last_error = error
        if time.monotonic() - start > timeout:
            detail = f" (last: {last_error})" if last_error else ""
            raise DriverError(f"timed out after {timeout:.1f} s waiting for {what}{detail}")
        time.sleep(POLL_S)


# -- the application -------------------------------------------------------------------


def applications() -> list:
    desktop = pyatspi.Registry.getDesktop(0)
    desktop.clear_cache()  # belt and braces: libatspi 2.46 re-reads the list anyway
    return [app for app in desktop if app is not None]


def wait_for_app(name=None, pid=None, timeout=DEFAULT_TIMEOUT_S):
    """The application node once it is registered AND has a SHOWING window (a Qt app
    registers on the bus before its first window is mapped)."""

    def ready():
        for app in applications():
            try:
                if pid is not None and app.get_process_id() != pid:
                    continue
                if name is not None and app.name != name:
                    continue
                if any(is_showing(window) for window in app):
                    return app
            except GLib.Error:
                continue
        return None

    what = f"application pid={pid} name={name!r} with a showing window"
    app, _ = wait_until(ready, timeout, what)
    return app


# -- acting ----------------------------------------------------------------------------


def press(node, action: str = "Press") -> None:
    """Run an action by NAME. For a QPushButton "Press" is QAbstractButton::animateClick():
    `clicked` is emitted ~100 ms LATER, on the app's event loop, so wait for the effect.
    Do not use doAction(0) blindly: a checkable button (Qt role "check box") lists
    "Toggle" first, which flips the checked state WITHOUT emitting `clicked`."""
    names = actions(node)
    if action not in names:
        raise DriverError(f"{node_id(node)} has no action {action!r} (has {names})")
    if not node.getState().contains(pyatspi.STATE_SENSITIVE):
        raise DriverError(f"{node_id(node)} is disabled")
    node.queryAction().doAction(names.index(action))


# -- dumping ---------------------------------------------------------------------------


def dump_lines(root, showing_only: bool = True) -> list[str]:
    lines = []
    for depth, node in walk(root, showing_only):
        try:
            info = describe(node)
        except GLib.Error as error:
            lines.append("  " * depth + f"<gone: {error}>")
            continue
        parts = [f"[{info['role']}]", json.dumps(info["name"], ensure_ascii=False)]
        if info["description"]:
            parts.append("desc=" + json.dumps(info["description"], ensure_ascii=False))
        parts.append(f"id={info['id']}")
        parts.append("states=" + ",".join(info["states"]))
        if info["actions"]:
            parts.append("actions=" + ",".join(info["actions"]))
        if "text" in info:
            parts.append("text=" + json.dumps(info["text"], ensure_ascii=False))
        if info.get("value") is not None:
            parts.append("value=" + json.dumps(info["value"]))
        for kind, target in info["relations"]:
            parts.append(f"{kind.replace(' ', '-')}={target}")
        if info["extents"]:
            parts.append("box=" + "x".join(str(v) for v in info["extents"]))
        lines.append("  " * depth + " ".join(parts))
    return lines


def dump_json(root, showing_only: bool = True) -> dict:
    def build(node, depth):
        info = describe(node)
        children = []
        for child in node:
            if child is None or (showing_only and not is_showing(child)):
                continue
            children.append(build(child, depth + 1))
        info["children"] = children
        return info

    return build(root, 0)


# -- script steps ----------------------------------------------------------------------


class Session:
    """One connection to the bus, one application, many steps."""

    def __init__(self, pid=None, name=None, timeout=DEFAULT_TIMEOUT_S):
        self.pid = pid
        self.name = name
        self.timeout = timeout
        self._app = None

    @property
    def app(self):
        if self._app is None:
            self._app = wait_for_app(self.name, self.pid, self.timeout)
        return self._app

    def run(self, step: dict) -> dict:
        op = step.get("op", "").replace("-", "_")
        handler = getattr(self, "op_" + op, None)
        result = {"op": op}
        if "tag" in step:
            result["tag"] = step["tag"]
        if handler is None:
            return {**result, "ok": False, "error": f"unknown op {op!r}"}
        start = time.monotonic()
        try:
            result.update(handler(step) or {})
            result["ok"] = True
        except (DriverError, GLib.Error, KeyError, ValueError) as error:
            result.update(ok=False, error=f"{type(error).__name__}: {error}")
        result["seconds"] = round(time.monotonic() - start, 3)
        return result

    def _timeout(self, step):
        return float(step.get("timeout", self.timeout))

    def _criteria(self, step):
        return dict(
            accessible_id=step.get("id"),
            role=step.get("role"),
            name=step.get("name"),
            match=step.get("match", "path"),
        )

    def op_wait_app(self, step):
        self._app = wait_for_app(self.name, self.pid, self._timeout(step))
        return {"name": self._app.name, "pid": self._app.get_process_id()}

    def op_apps(self, step):
        return {"apps": [{"name": a.name, "pid": a.get_process_id()} for a in applications()]}

    def op_find(self, step):
        nodes = find_showing(self.app, showing=not step.get("all", False), **self._criteria(step))
        return {"nodes": [describe(node, full=step.get("full", False)) for node in nodes]}

    def op_wait_showing(self, step):
        criteria = self._criteria(step)
        nodes, seconds = wait_until(
            lambda: find_showing(self.app, **criteria), self._timeout(step), f"showing {criteria}"
        )
        return {"waited": round(seconds, 3), "nodes": [describe(n, full=False) for n in nodes]}

    def op_wait_gone(self, step):
        criteria = self._criteria(step)
        _, seconds = wait_until(
            lambda: not find_showing(self.app, **criteria), self._timeout(step), f"gone {criteria}"
        )
        return {"waited": round(seconds, 3)}

    def op_press(self, step):
        """Waits until the control is showing, single and enabled (sensitive), then runs
        the action by name ("Press" unless "action" is given). Returns at once: the
        click itself happens ~100 ms later in the app (animateClick), so follow a press
        with a wait_* step for its effect."""
        criteria = self._criteria(step)

        def ready():
            node = find_one(self.app, **criteria)
            if not node.getState().contains(pyatspi.STATE_SENSITIVE):
                raise DriverError(f"{node_id(node)} is disabled")
            return node

        node, seconds = wait_until(ready, self._timeout(step), f"one enabled showing {criteria}")
        press(node, step.get("action", "Press"))
        return {"pressed": node_id(node), "name": node.name, "waited": round(seconds, 3)}

    def op_text(self, step):
        node = find_one(self.app, **self._criteria(step))
        return {"text": text_of(node), "id": node_id(node)}

    def op_texts(self, step):
        """Texts of every showing node matching (e.g. {"role": "label"})."""
        nodes = find_showing(self.app, **self._criteria(step))
        return {"texts": [[node_id(n), text_of(n)] for n in nodes]}

    def op_describe(self, step):
        return describe(find_one(self.app, **self._criteria(step)))

    def op_wait_text(self, step):
        """Wait until the single showing node's text (name, or Text interface) equals
        "equals", contains "contains", or differs from "differs"."""
        criteria = self._criteria(step)
        criteria["name"] = None
        equals, contains, differs = step.get("equals"), step.get("contains"), step.get("differs")
        if equals is None and "name" in step:
            equals = step["name"]

        def ok():
            text = text_of(find_one(self.app, **criteria))
            if equals is not None and text != equals:
                return None
            if contains is not None and contains not in text:
                return None
            if differs is not None and text == differs:
                return None
            return {"text": text}

        what = f"{criteria} text equals={equals!r} contains={contains!r} differs={differs!r}"
        found, seconds = wait_until(ok, self._timeout(step), what)
        return {"text": found["text"], "waited": round(seconds, 3)}

    op_wait_name = op_wait_text

    def op_wait_state(self, step):
        """Wait until the single showing node has (or, with "not": true, lacks) a state."""
        criteria = self._criteria(step)
        state, negate = step["state"], bool(step.get("not", False))

        def ok():
            names = state_names(find_one(self.app, **criteria))
            return (state in names) != negate

        _, seconds = wait_until(ok, self._timeout(step), f"{criteria} state {state} {not negate}")
        return {"waited": round(seconds, 3)}

    def op_dump(self, step):
        root = self.app
        if step.get("id"):
            root = find_one(self.app, **self._criteria(step))
        showing_only = not step.get("all", False)
        if step.get("format") == "json":
            tree = dump_json(root, showing_only)
            if step.get("out"):
                with open(step["out"], "w", encoding="utf-8") as handle:
                    json.dump(tree, handle, ensure_ascii=False, indent=1)
                return {"out": step["out"]}
            return {"tree": tree}
        lines = dump_lines(root, showing_only)
        if step.get("out"):
            with open(step["out"], "w", encoding="utf-8") as handle:
                handle.write("\n".join(lines) + "\n")
            return {"out": step["out"], "nodes": len(lines)}
        return {"lines": lines}

    def op_sleep(self, step):
        time.sleep(float(step.get("seconds", 0.1)))


def emit(obj) -> None:
    sys.stdout.write(json.dumps(obj, ensure_ascii=False) + "\n")
    sys.stdout.flush()


def run_script(session: Session) -> int:
    """JSON Lines in, JSON Lines out; keeps one connection for a whole journey. A line
    may hold one step or a list of steps. Ends at EOF or {"op": "quit"}."""
    failed = False
    for line in sys.stdin:
        line = line.strip()
        if not line:
            continue
        try:
            payload = json.loads(line)
        except json.JSONDecodeError as error:
            emit({"op": None, "ok": False, "error": f"bad JSON: {error}"})
            failed = True
            continue
        for step in payload if isinstance(payload, list) else [payload]:
            if step.get("op") == "quit":
                emit({"op": "quit", "ok": True})
                return 1 if failed else 0
            result = session.run(step)
            failed = failed or not result["ok"]
            emit(result)
    return 1 if failed else 0


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pid", type=int, help="the application's process id (most reliable)")
    parser.add_argument("--app", help="the application's AT-SPI name (Qt: argv[0]'s file name)")
    parser.add_argument("--timeout", type=float, default=DEFAULT_TIMEOUT_S)
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("apps")
    sub.add_parser("wait-app")
    sub.add_parser("script")
    dump = sub.add_parser("dump")
    dump.add_argument("id", nargs="?")
    dump.add_argument("--all", action="store_true", help="hidden nodes too")
    dump.add_argument("--json", action="store_true")
    dump.add_argument("--out")
    for command in ("find", "press", "wait-showing", "wait-gone", "text", "describe"):
        one = sub.add_parser(command)
        one.add_argument("id")
        one.add_argument("--match", choices=("path", "suffix", "exact", "prefix"), default="path")
        if command == "find":
            one.add_argument("--all", action="store_true")
        if command == "press":
            one.add_argument("--action", default="Press")
    for command_parser in sub.choices.values():  # also accepted after the command
        command_parser.add_argument("--timeout", type=float, default=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    session = Session(pid=args.pid, name=args.app, timeout=args.timeout)
    if args.command == "script":
        return run_script(session)
    step = {"op": args.command.replace("-", "_"), "timeout": args.timeout}
    for key in ("id", "match", "all", "action", "out"):
        if getattr(args, key, None) not in (None, False):
            step[key] = getattr(args, key)
    if args.command == "dump":
        step["format"] = "json" if args.json else "text"
    result = session.run(step)
    emit(result)
    return 0 if result["ok"] else 1


if __name__ == "__main__":
    sys.exit(main())
