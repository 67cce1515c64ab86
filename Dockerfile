FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1
WORKDIR /app

COPY pyproject.toml README.md ./
COPY hipguide/ hipguide/
COPY conditions/ conditions/
RUN pip install --no-cache-dir .

COPY . .
RUN DJANGO_SECRET_KEY=collectstatic-only python manage.py collectstatic --no-input

EXPOSE 8000
CMD ["gunicorn", "hipguide.wsgi", "--bind", "0.0.0.0:8000"]
