from conditions.cache import versioned
from conditions.models import SiteText


def site_text(request):
    # Every page needs them: read once per content version in each worker.
    return {"site": versioned("site-text", SiteText.objects.current)}
