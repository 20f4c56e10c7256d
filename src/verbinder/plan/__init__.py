"""What to do about the network: the planner and what it plans (staffing, connections, the ranked actions).

:mod:`verbinder.analysis` says what the network *is* (exact algorithms:
brokerage, structural holes, gaps); this package says what to *do* about it,
in one :class:`~verbinder.plan.result.Plan` with one capacity per member.
"""
