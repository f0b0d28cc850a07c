// Chart colours read from the theme's CSS variables (light-dark() pairs), resolved to real colours and re-read when the theme changes.
import { useEffect, useState } from 'react';
import { useAppearance } from '../appearance/appearance';

export interface ChartColours {
  ink: string;
  inkSoft: string;
  line: string;
  lineStrong: string;
  accent: string;
  accentWash: string;
  calm: string;
}

const variables: Record<keyof ChartColours, string> = {
  ink: '--ink',
  inkSoft: '--ink-soft',
  line: '--line',
  lineStrong: '--line-strong',
  accent: '--accent',
  accentWash: '--accent-wash',
  calm: '--meter-strong',
};

/** A custom property reads back as its text ("light-dark(…)"); set as a colour on a probe, it reads back resolved. */
function resolve(): ChartColours {
  const probe = document.createElement('span');
  probe.hidden = true;
  document.body.append(probe);
  const colours = Object.fromEntries(
    Object.entries(variables).map(([name, variable]) => {
      probe.style.color = `var(${variable})`;
      return [name, getComputedStyle(probe).color];
    }),
  ) as unknown as ChartColours;
  probe.remove();
  return colours;
}

export function useChartColours(): ChartColours {
  const { theme } = useAppearance();
  const [colours, setColours] = useState(resolve);
  useEffect(() => {
    setColours(resolve());
    const system = window.matchMedia('(prefers-color-scheme: dark)');
    const changed = () => setColours(resolve());
    system.addEventListener('change', changed);
    return () => system.removeEventListener('change', changed);
  }, [theme]);
  return colours;
}
