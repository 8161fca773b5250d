"""``python -m server_api.cli``: the same as ``frames-server``."""

import sys

from server_api.cli import main

sys.exit(main())
