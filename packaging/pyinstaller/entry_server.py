import multiprocessing

from server_api.cli import main

# `frames-server serve --workers N` starts worker processes with multiprocessing's "spawn";
# in a frozen program, those children must be handed to multiprocessing, not to main().
multiprocessing.freeze_support()
raise SystemExit(main())
