import { ServiceAreaTree, ServiceAreaView } from './service-area-tree';

const area = (id: string, parentId: string | null, kind: ServiceAreaView['kind']): ServiceAreaView => ({
  id,
  name: id.toUpperCase(),
  kind,
  parentId,
  active: true,
});

describe('ServiceAreaTree', () => {
  const tree = new ServiceAreaTree([
    area('d', null, 'directorate'),
    area('s1', 'd', 'service'),
    area('s2', 'd', 'service'),
    area('t1', 's1', 'team'),
    area('x', null, 'directorate'),
  ]);

  it('expands an area to everything below it', () => {
    expect(tree.withDescendants('d').sort()).toEqual(['d', 's1', 's2', 't1']);
    expect(tree.withDescendants('s1').sort()).toEqual(['s1', 't1']);
    expect(tree.withDescendants('t1')).toEqual(['t1']);
    expect(tree.withDescendants('missing')).toEqual([]);
  });

  it('finds the directorate and the path from the top', () => {
    expect(tree.directorateOf('t1')?.id).toBe('d');
    expect(tree.directorateOf('x')?.id).toBe('x');
    expect(tree.pathName('t1')).toBe('D > S1 > T1');
  });

  it('survives a cycle in bad data', () => {
    const looped = new ServiceAreaTree([area('a', 'b', 'service'), area('b', 'a', 'service')]);
    expect(looped.ancestry('a').map((a) => a.id)).toEqual(['a', 'b']);
  });
});
