export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return Response.json({ id: (await params).id });
}
