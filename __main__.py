"""`python -m wenda …` is the `wenda` command."""

import sys

from wenda.bot.cli import main

sys.exit(main())
