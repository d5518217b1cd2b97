/** Hidden fields every plan action needs (where to revalidate and redirect). */
export type TPlanScope = Readonly<{ orgSlug: string; teamId: string; journeyId: string }>;

export function ScopeFields({ scope }: Readonly<{ scope: TPlanScope }>) {
  return (
    <>
      <input type="hidden" name="orgSlug" value={scope.orgSlug} />
      <input type="hidden" name="teamId" value={scope.teamId} />
      <input type="hidden" name="journeyId" value={scope.journeyId} />
    </>
  );
}
