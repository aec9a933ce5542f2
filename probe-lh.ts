// Probe: Lighthouse N runs on one page of each given build folder, printing TBT/FCP/LCP and long tasks.
import lighthouse from 'lighthouse';
import { spawn } from 'node:child_process';
import { startStaticServer } from './tests/support/static-server.ts';
import { CHROME_PATH } from './tests/support/chromium.ts';

const [page, runs, ...dirs] = process.argv.slice(2);
const child = spawn(CHROME_PATH, ['--headless=new','--no-sandbox','--disable-gpu','--no-first-run','--disable-background-networking','--disable-component-update','--disable-sync','--remote-debugging-port=0','--user-data-dir=/tmp/probe-prof-'+Date.now(),'about:blank'],{stdio:['ignore','ignore','pipe']});
const port: number = await new Promise((res) => { let s=''; child.stderr!.on('data',(c)=>{s+=c; const m=s.match(/DevTools listening on ws:\/\/[^:]+:(\d+)\//); if(m) res(Number(m[1]));}); });
const summary: Record<string, number[]> = {};
for (let round = 0; round < Number(runs); round++) {
  for (const dir of dirs) {
    const { server, url } = await startStaticServer(dir, { compress: true, port: 4391 });
    const u = url.replace(/\/$/, '') + page;
    await fetch(u, { headers: { 'accept-encoding': 'br' } }).then((r) => r.arrayBuffer());
    const r = await lighthouse(u, { port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
    const a = r!.lhr.audits;
    const tbt = a['total-blocking-time'].numericValue!;
    (summary[dir] ??= []).push(tbt);
    const lt = (a['long-tasks'].details as any)?.items?.map((i: any) => `${Math.round(i.startTime)}+${Math.round(i.duration)}`).join(' ');
    console.log('MT', JSON.stringify((a['mainthread-work-breakdown'].details as any).items.map((i: any) => [i.group, Math.round(i.duration)]))); console.log(dir, 'TBT', Math.round(tbt), 'FCP', Math.round(a['first-contentful-paint'].numericValue!), 'LCP', Math.round(a['largest-contentful-paint'].numericValue!), 'bi', r!.lhr.environment.benchmarkIndex, '|', lt);
    server.close();
  }
}
for (const [d, v] of Object.entries(summary)) { v.sort((x,y)=>x-y); console.log(d, 'median', Math.round(v[v.length>>1]), 'all', v.map(Math.round).join(',')); }
child.kill();
process.exit(0);
