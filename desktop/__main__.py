"""``python -m desktop``: the same as ``frames-desktop``."""

import sys

from desktop.app import main

sys.exit(main())
