import path from 'node:path';
import envPaths from 'env-paths';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultDataDir, fileStamp, resolveDataDir } from '../../src/io/data-dir.js';

describe('resolveDataDir', () => {
  const linux = { platform: 'linux' as const, homedir: '/home/ann', cwd: '/work' };

  it('prefers --data-dir, then $K8S_QUIZ_HOME, then the conf default', () => {
    const env = { K8S_QUIZ_HOME: '/env/home', XDG_CONFIG_HOME: '/xdg' };
    expect(resolveDataDir('/opt/data', env, linux)).toBe('/opt/data');
    expect(resolveDataDir(undefined, env, linux)).toBe('/env/home');
    expect(resolveDataDir(undefined, { XDG_CONFIG_HOME: '/xdg' }, linux)).toBe('/xdg/k8s-quiz-nodejs');
    expect(resolveDataDir(undefined, {}, linux)).toBe('/home/ann/.config/k8s-quiz-nodejs');
  });

  it('treats empty values as unset, resolves relative paths and expands ~', () => {
    expect(resolveDataDir('', { K8S_QUIZ_HOME: '' }, linux)).toBe('/home/ann/.config/k8s-quiz-nodejs');
    expect(resolveDataDir('data', {}, linux)).toBe('/work/data');
    expect(resolveDataDir(undefined, { K8S_QUIZ_HOME: '~/quiz' }, linux)).toBe('/home/ann/quiz');
    expect(resolveDataDir(undefined, { XDG_CONFIG_HOME: 'rel' }, linux)).toBe('/work/rel/k8s-quiz-nodejs');
  });

  it('uses the macOS and Windows locations env-paths gives conf', () => {
    expect(defaultDataDir({}, { platform: 'darwin', homedir: '/Users/ann', cwd: '/' })).toBe(
      '/Users/ann/Library/Preferences/k8s-quiz-nodejs',
    );
    expect(defaultDataDir({ APPDATA: 'C:\\Users\\ann\\AppData\\Roaming' }, { platform: 'win32', homedir: 'C:\\Users\\ann', cwd: 'C:\\' })).toBe(
      'C:\\Users\\ann\\AppData\\Roaming\\k8s-quiz-nodejs\\Config',
    );
    expect(defaultDataDir({}, { platform: 'win32', homedir: 'C:\\Users\\ann', cwd: 'C:\\' })).toBe(
      'C:\\Users\\ann\\AppData\\Roaming\\k8s-quiz-nodejs\\Config',
    );
  });

  describe('matches what conf itself computes on this machine', () => {
    const saved = process.env['XDG_CONFIG_HOME'];
    afterEach(() => {
      if (saved === undefined) delete process.env['XDG_CONFIG_HOME'];
      else process.env['XDG_CONFIG_HOME'] = saved;
    });

    it('without XDG_CONFIG_HOME', () => {
      delete process.env['XDG_CONFIG_HOME'];
      // conf 15: cwd = envPaths(projectName, {suffix: 'nodejs'}).config, then path.resolve.
      expect(resolveDataDir(undefined, process.env)).toBe(path.resolve(envPaths('k8s-quiz', { suffix: 'nodejs' }).config));
    });

    it('with XDG_CONFIG_HOME', () => {
      process.env['XDG_CONFIG_HOME'] = '/tmp/xdg-config';
      expect(resolveDataDir(undefined, process.env)).toBe(path.resolve(envPaths('k8s-quiz', { suffix: 'nodejs' }).config));
    });
  });
});

describe('fileStamp', () => {
  it('is safe in file names', () => {
    expect(fileStamp(new Date('2024-05-01T12:30:00.123Z'))).toBe('2024-05-01T12-30-00-123Z');
  });
});
