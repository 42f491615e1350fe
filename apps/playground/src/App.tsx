export function App() {
  return (
    <main>
      <h1>Acme People Analytics</h1>
      <p>Connect your Lattice account to bring your people and their roles into Acme.</p>
    </main>
  );
}
