from conditions.models import SiteText


def site_text(request):
    return {"site": SiteText.objects.current()}
