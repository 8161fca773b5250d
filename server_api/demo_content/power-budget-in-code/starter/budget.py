# Energy per orbit, in watt-hours.
ORBIT_MIN = 94.0  # one orbit, minutes
SUN_MIN = 58.0  # minutes in sunlight per orbit
AVERAGE_GEN_W = 5.2  # average solar power while in sunlight, watts

# (load in watts, minutes per orbit it runs)
loads = [
    (2.1, ORBIT_MIN),  # baseline: OBC, EPS, ADCS, receiver, always on
    (4.4, 10.0),  # downlink pass, transmitter on
    (0.9, 8.0),  # battery heater, eclipse only
]


def energy_wh(watts, minutes):
    # TODO: energy in watt-hours of a load of `watts` running for `minutes`
    return 0.0


generated = energy_wh(AVERAGE_GEN_W, SUN_MIN)
used = sum(energy_wh(w, m) for w, m in loads)

print(f"generated {generated:.2f} Wh")
print(f"used {used:.2f} Wh")
print(f"margin {generated - used:+.2f} Wh")
