"""The desktop's windows and pages (the module viewer lives in ``desktop.viewer``)."""

__all__: list[str] = []
