from perfhint.server.cli import main

raise SystemExit(main())
