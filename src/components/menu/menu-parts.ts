// What an open menu or popover needs, in one lazily loaded module (see lazy-menu.tsx): items render only inside a menu.
export { default as Menu } from '@mui/material/Menu';
export { default as MenuItem } from '@mui/material/MenuItem';
export { default as Popover } from '@mui/material/Popover';
