from conditions.cache import versioned


def site_text(request):
    # Every page needs them: read once per content version in each worker.
    return {"site": versioned("site-text")}
