from fastapi import FastAPI

from app.routers import recommendations

app = FastAPI(title="recommender")


@app.get("/health")
def health():
    return {"ok": True}


app.include_router(recommendations.router, prefix="/api")
