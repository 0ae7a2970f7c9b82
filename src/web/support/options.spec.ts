import { serviceAreaGroups } from './options';

const area = (id: string, name: string, parentId: string | null, active = true) => ({
  id,
  name,
  parentId,
  active,
  kind: 'service' as const,
});

describe('service areas grouped for a select', () => {
  it('groups each area with those below it under its name; every option starts with its own name', () => {
    const groups = serviceAreaGroups(
      [
        area('d', 'Place', null),
        area('s', 'Housing Options', 'd'),
        area('t', 'Homeless Prevention', 's'),
        area('x', 'Highways', null),
        area('old', 'Closed team', 'd', false),
      ],
      't',
      'Choose a service area',
    );
    expect(groups.empty).toEqual({ value: '', text: 'Choose a service area', selected: false });
    expect(groups.groups).toEqual([
      {
        label: 'Place',
        options: [
          { value: 'd', text: 'Place', selected: false },
          { value: 's', text: 'Housing Options', selected: false },
          { value: 't', text: 'Homeless Prevention (Housing Options)', selected: true },
        ],
      },
      { label: null, options: [{ value: 'x', text: 'Highways', selected: false }] },
    ]);
    expect(JSON.stringify(groups)).not.toContain('\u2014');
  });
});
