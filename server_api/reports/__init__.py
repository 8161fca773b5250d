"""Reports for faculty and admins: compliance, learning, feedback, comments and devices.

``GET /v1/reports/{kind}`` answers a page (``sync.rules.protocol.ReportPage``) or the whole report
as CSV. Faculty see their own university; admins every university (or one, with
``university_id``).
"""
