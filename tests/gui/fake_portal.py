#!/usr/bin/python3
# A stand-in for the XDG desktop portal's FileChooser, for the GUI tests on a private session bus.
# Each OpenFile or SaveFile request is logged to DIR/requests (one JSON object per line) and
# answered at once from DIR/answer: a path (chosen) or "cancel". DIR/ready appears once the
# portal's name is owned.
# usage: fake_portal.py DIR
import json
import os
import sys

from gi.repository import Gio, GLib

DIRECTORY = sys.argv[1]
INTERFACE = """
<node>
  <interface name="org.freedesktop.portal.FileChooser">
    <method name="OpenFile">
      <arg type="s" direction="in"/><arg type="s" direction="in"/><arg type="a{sv}" direction="in"/>
      <arg type="o" direction="out"/>
    </method>
    <method name="SaveFile">
      <arg type="s" direction="in"/><arg type="s" direction="in"/><arg type="a{sv}" direction="in"/>
      <arg type="o" direction="out"/>
    </method>
    <property name="version" type="u" access="read"/>
  </interface>
</node>"""


def text(value):
    """Options arrive as GLib values; byte strings (current_folder) as lists of bytes."""
    if isinstance(value, (list, tuple)) and all(isinstance(b, int) for b in value):
        return bytes(value).rstrip(b"\0").decode()
    return value if isinstance(value, (str, int, bool)) else repr(value)


def on_call(connection, sender, path, interface, method, parameters, invocation):
    _, title, options = parameters.unpack()
    with open(os.path.join(DIRECTORY, "requests"), "a") as log:
        log.write(json.dumps({"method": method, "title": title, **{k: text(v) for k, v in options.items()}}) + "\n")
    token = options.get("handle_token", "t")
    handle = "/org/freedesktop/portal/desktop/request/%s/%s" % (sender[1:].replace(".", "_"), token)
    invocation.return_value(GLib.Variant("(o)", (handle,)))
    with open(os.path.join(DIRECTORY, "answer")) as f:
        answer = f.read().strip()
    results = {} if answer == "cancel" else {"uris": GLib.Variant("as", [GLib.filename_to_uri(answer)])}
    response = GLib.Variant("(ua{sv})", (1 if answer == "cancel" else 0, results))
    GLib.idle_add(lambda: connection.emit_signal(sender, handle, "org.freedesktop.portal.Request", "Response", response) and False)


def on_property(connection, sender, path, interface, name):
    return GLib.Variant("u", 3)


def on_bus(connection, name):
    node = Gio.DBusNodeInfo.new_for_xml(INTERFACE)
    connection.register_object("/org/freedesktop/portal/desktop", node.interfaces[0], on_call, on_property, None)


def on_name(connection, name):
    open(os.path.join(DIRECTORY, "ready"), "w").close()


Gio.bus_own_name(Gio.BusType.SESSION, "org.freedesktop.portal.Desktop", Gio.BusNameOwnerFlags.NONE, on_bus, on_name, None)
GLib.MainLoop().run()
