// The page's query: ?s=station&g=game&ship=id&c=crewCode&n=name (name falls back to the last one typed).
const params = new URLSearchParams(location.search);
export const NAME_KEY = 'starbridge.name';

export const pageParams = {
  station: params.get('s') ?? 'helm',
  gameId: params.get('g') ?? '',
  shipId: Number(params.get('ship') ?? 1),
  crewCode: params.get('c') ?? '',
  name: params.get('n') ?? localStorage.getItem(NAME_KEY) ?? '',
};
