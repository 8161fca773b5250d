from server_api.cli import main

raise SystemExit(main())
