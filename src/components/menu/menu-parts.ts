// What an open menu needs, in one lazily loaded module (see lazy-menu.tsx): the items render only inside the menu.
export { default as Menu } from '@mui/material/Menu';
export { default as MenuItem } from '@mui/material/MenuItem';
