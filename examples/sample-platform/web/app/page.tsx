export default function Home() {
  return <main>Sample platform</main>;
}
