// Installs the application menu built by menuTemplate.ts.
import { Menu } from 'electron';
import { menuTemplate, type MenuOptions } from './menuTemplate';

export function installApplicationMenu(options: MenuOptions): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(options)));
}
