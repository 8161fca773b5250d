"""Section types as plug-ins: one module per type (``text``, ``image``, ``video``,
``checklist``) holding its page, what it records and when, and naming its completion rule
(the rule itself is pure, in ``sync.rules.sections``); ``registry`` lists them in one table.
``base`` is what every page is; ``unsupported`` the page of a type nobody registered.
"""
