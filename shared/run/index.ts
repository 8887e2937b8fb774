export * from './agenda';
export * from './timer';
export * from './aggregate';
export * from './pin';
export * from './api';
