import 'reflect-metadata';
import { runStandalone } from '#libs/messaging';
import { configureGatewayHttp } from './gateway-http.js';
import { GATEWAY_SERVICE, GatewayModule } from './gateway.module.js';

await runStandalone(GATEWAY_SERVICE, (env) => GatewayModule.forRoot({ env }), 3000, configureGatewayHttp);
