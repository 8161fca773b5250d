import sys

# A student's program in the code sandbox (sync/client/sandbox): the bundle has no other
# Python, so this program is the sandbox's launcher too. Before anything else is imported.
if sys.argv[1:2] == ["--frames-sandbox-child"]:
    from sync.client.sandbox import child_main

    raise SystemExit(child_main(sys.argv[2:]))

from desktop.app import main  # noqa: E402

raise SystemExit(main())
