import { useEffect, useState } from 'react';
import { useDebouncedValue } from '../lists/use-debounced-value';
import { useOptOuts } from './opt-outs-store';

/** The opt-out tab's search box, shown as pages of the opt-outs store once typing settles. */
export function useOptOutSearch() {
  const [text, setText] = useState('');
  const search = useDebouncedValue(text.trim(), 250);
  const { offset, page, show } = useOptOuts();
  useEffect(() => {
    void show(search);
  }, [search, show]);
  return {
    text,
    setText,
    search,
    offset,
    setOffset: (value: number) => void show(search, value),
    page,
  };
}
